using System.Collections.Immutable;
using ClaimCheck.Documents;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace ClaimCheck.Cli.Check;

/// <summary>A file to check.</summary>
/// <param name="FullPath">Its full path.</param>
/// <param name="DisplayPath">How reports name it: relative to the working directory, with '/'.</param>
/// <param name="Format">Markdown for .md and .markdown, else plain text.</param>
internal sealed record InputFile(string FullPath, string DisplayPath, DocumentFormat Format);

/// <summary>
/// Turns the command line's PATH|GLOB arguments (or the configuration's include globs) into the files to check:
/// a file is taken as it is; a folder means its Markdown and text files (<see cref="FolderPatterns"/>), recursively;
/// anything with <c>*</c> is a glob (<c>**</c> crosses folders). Exclude globs drop files found through folders and
/// globs. A missing path, or a glob or folder that yields nothing, is a usage error.
/// </summary>
internal static class FileDiscovery
{
    /// <summary>The files a folder argument stands for.</summary>
    public static readonly ImmutableArray<string> FolderPatterns = ["**/*.md", "**/*.markdown", "**/*.txt"];

    /// <param name="patterns">Paths and globs, relative to <paramref name="baseDirectory"/> unless rooted.</param>
    /// <param name="baseDirectory">The folder the patterns are relative to (the working directory, or the configuration's folder for its include globs).</param>
    /// <param name="workingDirectory">The folder display paths are relative to.</param>
    /// <param name="excludeDirectory">The folder the exclude globs are relative to.</param>
    /// <param name="exclude">Globs of files to leave out.</param>
    /// <returns>The files, without duplicates, sorted by display path (ordinal).</returns>
    public static ImmutableArray<InputFile> Find(IEnumerable<string> patterns, string baseDirectory, string workingDirectory, string excludeDirectory, IReadOnlyCollection<string> exclude)
    {
        var excluded = new Matcher(StringComparison.Ordinal);
        excluded.AddInclude("**/*");
        excluded.AddExcludePatterns(exclude);

        bool IsExcluded(string full)
        {
            if (exclude.Count == 0)
            {
                return false;
            }

            var relative = Path.GetRelativePath(excludeDirectory, full);
            return !IsOutside(relative) && !excluded.Match(relative.Replace('\\', '/')).HasMatches;
        }

        var found = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            foreach (var full in Expand(pattern, baseDirectory, IsExcluded))
            {
                found.TryAdd(full, new InputFile(full, DisplayPath(full, workingDirectory), DocumentFormats.ForPath(full)));
            }
        }

        return [.. found.Values.OrderBy(f => f.DisplayPath, StringComparer.Ordinal).ThenBy(f => f.FullPath, StringComparer.Ordinal)];
    }

    /// <summary>A path relative to <paramref name="workingDirectory"/> with '/' separators (the full path when on another drive).</summary>
    public static string DisplayPath(string fullPath, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        return Path.IsPathRooted(relative) ? relative : relative.Replace('\\', '/');
    }

    private static IEnumerable<string> Expand(string pattern, string baseDirectory, Func<string, bool> isExcluded)
    {
        if (!pattern.Contains('*', StringComparison.Ordinal))
        {
            var full = Path.GetFullPath(Path.Combine(baseDirectory, pattern));
            if (File.Exists(full))
            {
                return [full]; // a file named explicitly is checked even if an exclude glob matches it
            }

            if (Directory.Exists(full))
            {
                var files = Glob(full, FolderPatterns).Where(f => !isExcluded(f)).ToList();
                return files.Count > 0 ? files : throw new UsageException($"the folder '{pattern}' holds no Markdown or text file ({string.Join(", ", FolderPatterns)}).");
            }

            throw new UsageException(pattern.StartsWith('-') ? $"unknown option '{pattern}'; run 'claimcheck check --help'." : $"no such file or folder: '{pattern}'.");
        }

        var (root, rest) = SplitGlob(pattern);
        var rootFull = Path.GetFullPath(Path.Combine(baseDirectory, root));
        var matches = Directory.Exists(rootFull) ? Glob(rootFull, [rest]).Where(f => !isExcluded(f)).ToList() : [];
        return matches.Count > 0 ? matches : throw new UsageException($"the glob '{pattern}' matches no file.");
    }

    private static IEnumerable<string> Glob(string root, IEnumerable<string> patterns)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(patterns);
        return matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(root)))
            .Files
            .Select(f => Path.GetFullPath(Path.Combine(root, f.Path)));
    }

    /// <summary>Splits a glob into the folder before its first wildcard segment and the rest ("../docs/**/*.md" → "../docs", "**/*.md").</summary>
    private static (string Root, string Pattern) SplitGlob(string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        var wildcard = Array.FindIndex(segments, s => s.Contains('*', StringComparison.Ordinal));
        var root = string.Join('/', segments[..wildcard]);
        if (root.Length == 0 && pattern.StartsWith('/'))
        {
            root = "/";
        }

        return (root.Length == 0 ? "." : root, string.Join('/', segments[wildcard..]));
    }

    private static bool IsOutside(string relative) =>
        relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || relative.StartsWith("..\\", StringComparison.Ordinal) || Path.IsPathRooted(relative);
}

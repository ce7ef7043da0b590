using System.CommandLine;
using ClaimCheck.Claims;
using ClaimCheck.Storage;
using Newtonsoft.Json;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// <c>claimcheck extract SOURCE</c>: drafts a claims file from a reference document for an editor to review.
/// An existing target is never touched unless asked: <c>--merge</c> adds only new drafts, <c>--force</c> replaces it.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("source") { Description = "The reference document (plain text or Markdown)." };
        var output = new Option<string?>("--out", "-o") { Description = "The claims file to write. Default: <source name>.claims.json in the current folder.", HelpName = "FILE" };
        var merge = new Option<bool>("--merge") { Description = "Add only new drafts to an existing file, keeping every human edit." };
        var force = new Option<bool>("--force") { Description = "Replace an existing file." };
        var command = new Command("extract", "Draft typed claims (with provenance and confidence) from a source, for review. Exit code: 0 written, 2 usage or input error.")
        {
            source, output, merge, force,
        };
        command.SetAction(result => Run(result.GetValue(source)!, result.GetValue(output), result.GetValue(merge), result.GetValue(force), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string sourcePath, string? outPath, bool merge, bool force, TextWriter output, TextWriter error)
    {
        if (merge && force)
        {
            throw new UsageException("--merge and --force exclude each other.");
        }

        if (!File.Exists(sourcePath))
        {
            throw new UsageException($"{sourcePath}: file not found.");
        }

        var target = outPath ?? Path.GetFileNameWithoutExtension(sourcePath) + ".claims.json";
        var folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
        if (File.Exists(target) && !merge && !force)
        {
            throw new UsageException($"{target} already exists; use --merge to add new drafts to it or --force to replace it.");
        }

        // The drafts use the target folder's entities and knowledge when it is a claims folder, else the shipped ones.
        var context = File.Exists(Path.Combine(folder, ClaimBaseLoader.EntitiesFile)) || Directory.EnumerateFiles(folder, ClaimBaseLoader.ClaimsPattern).Any()
            ? ClaimBase.Load(folder)
            : null;
        var claimBase = (context is { HasErrors: false } ? context.WithoutClaims() : ClaimBase.FromSources([])).WithSources([sourcePath]);
        foreach (var diagnostic in claimBase.Diagnostics.Where(d => d.File == sourcePath))
        {
            error.WriteLine(diagnostic.ToString());
        }

        var document = claimBase.Sources.Last();
        var drafts = claimBase.Claims.Where(c => c.IsDraft && c.Provenance[0].SourceId == document.Id).ToList();

        ClaimsFileDocument file;
        try
        {
            file = merge && File.Exists(target) ? ClaimsFileDocument.Open(target) : ClaimsFileDocument.Create(target);
        }
        catch (JsonReaderException ex)
        {
            throw new UsageException($"{target}:{ex.LineNumber}:{ex.LinePosition}: cannot merge into a file that is not valid JSON; it was left as it was.");
        }

        var relative = Path.GetRelativePath(folder, Path.GetFullPath(sourcePath)).Replace('\\', '/');
        if (!file.ContainsSource(document.Id))
        {
            file.Sources.Add(ClaimsFileDocument.ToJson(document, folder));
        }

        var added = 0;
        var existing = file.Claims.Children<Newtonsoft.Json.Linq.JObject>().Select(ContentKey).ToHashSet(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            var json = ClaimsFileDocument.ToJson(draft);
            if (file.ContainsClaim(draft.Id) || !existing.Add(ContentKey(json)))
            {
                continue; // merge keeps what is there: an edited draft keeps its id and wins
            }

            file.Claims.Add(json);
            added++;
        }

        file.Save();
        output.WriteLine($"{target}: {(merge ? "added" : "wrote")} {added} draft claim(s) from {sourcePath} ({document.Sentences.Length} sentences). Review them, then remove \"draft\" and \"confidence\".");
        if (relative.StartsWith("..", StringComparison.Ordinal))
        {
            error.WriteLine($"claimcheck: note: {sourcePath} lies outside {folder}; copy it into the claims folder (e.g. sources/) and update its \"path\" before validating.");
        }

        return ExitCodes.Ok;
    }

    // Two claims say the same thing when kind, polarity, time, slots and cited sentence agree (ids and review marks aside).
    private static string ContentKey(Newtonsoft.Json.Linq.JObject claim) =>
        string.Join('|', claim["kind"], claim["polarity"] ?? "asserted", claim["time"], claim["slots"]?.ToString(Formatting.None), claim["provenance"]?[0]?["source"], claim["provenance"]?[0]?["sentence"]);
}

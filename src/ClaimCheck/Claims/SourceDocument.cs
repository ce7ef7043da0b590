using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>A source text split into numbered sentences, as claims cite it.</summary>
public sealed record SourceDocument
{
    private SourceDocument(string id, string path, string text, string sha256, ImmutableArray<Sentence> sentences)
    {
        Id = id;
        Path = path;
        Text = text;
        Sha256 = sha256;
        Sentences = sentences;
    }

    /// <summary>The source id claims cite.</summary>
    public string Id { get; }

    /// <summary>Where the text was read from (as given).</summary>
    public string Path { get; }

    /// <summary>The full text.</summary>
    public string Text { get; }

    /// <summary>SHA-256 of the text's UTF-8 bytes, lowercase hex.</summary>
    public string Sha256 { get; }

    /// <summary>The sentences, numbered from 1.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>Optional title.</summary>
    public string? Title { get; init; }

    /// <summary>Optional address of the original.</summary>
    public string? Url { get; init; }

    /// <summary>Builds a source from its text, splitting it into sentences.</summary>
    public static SourceDocument FromText(string id, string path, string text) =>
        new(id, path, text, HashOf(text), SentenceSplitter.Split(text));

    /// <summary>
    /// Builds a source from a file's text: Markdown (<c>.md</c>, <c>.markdown</c>) is read as prose, with markup, code
    /// and comments blanked so offsets still point into the file; the hash is of the file's text as stored.
    /// </summary>
    public static SourceDocument FromFileText(string id, string path, string fileText)
    {
        var text = Documents.DocumentFormats.ForPath(path) == Documents.DocumentFormat.Markdown ? Documents.MarkdownProse.Blank(fileText) : fileText;
        return new(id, path, text, HashOf(fileText), SentenceSplitter.Split(text));
    }

    /// <summary>The SHA-256 of <paramref name="text"/>'s UTF-8 bytes, lowercase hex.</summary>
    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Sentence number <paramref name="number"/> (1-based), or null when out of range.</summary>
    public Sentence? SentenceAt(int number) => number >= 1 && number <= Sentences.Length ? Sentences[number - 1] : null;
}

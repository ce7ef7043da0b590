using ClaimCheck.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Storage;

/// <summary>Reads JSON with line information and turns every failure into a diagnostic, never an exception.</summary>
internal static class JsonDocumentReader
{
    private static readonly JsonLoadSettings LoadSettings = new()
    {
        LineInfoHandling = LineInfoHandling.Load,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
        CommentHandling = CommentHandling.Ignore,
    };

    /// <summary>Parses <paramref name="text"/>; on failure adds a <see cref="DiagnosticIds.InvalidJson"/> diagnostic and returns null.</summary>
    public static JToken? Parse(string text, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double };
            var token = JToken.ReadFrom(reader, LoadSettings);
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticIds.InvalidJson, DiagnosticSeverity.Error, "Unexpected content after the end of the JSON document.", displayPath, reader.LineNumber, reader.LinePosition));
                    return null;
                }
            }

            return token;
        }
        catch (JsonReaderException ex)
        {
            diagnostics.Add(new Diagnostic(DiagnosticIds.InvalidJson, DiagnosticSeverity.Error, $"Invalid JSON: {FirstSentence(ex.Message)}", displayPath, ex.LineNumber, ErrorColumn(text, ex.LineNumber, ex.LinePosition)));
            return null;
        }
    }

    /// <summary>Reads a file's text; on failure adds a <see cref="DiagnosticIds.IoError"/> diagnostic and returns null.</summary>
    public static string? ReadFile(string path, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticIds.IoError, DiagnosticSeverity.Error, $"Cannot read the file: {ex.Message}", displayPath, 0, 0));
            return null;
        }
    }

    /// <summary>
    /// Reads and parses a JSON file; every failure is a diagnostic. Returns the text (null when unreadable) and the
    /// parsed token (null when unreadable or invalid), since schema validation needs the text too.
    /// </summary>
    public static (string? Text, JToken? Token) ReadAndParse(string path, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        var text = ReadFile(path, displayPath, diagnostics);
        return (text, text is null ? null : Parse(text, displayPath, diagnostics));
    }

    /// <summary>The line and column of <paramref name="token"/> in its file (1-based), or (0, 0).</summary>
    public static (int Line, int Column) PositionOf(JToken? token)
    {
        // A property's value carries the position where it ends; the property itself points at its name.
        var anchor = token?.Parent is JProperty property ? property : token;
        return anchor is IJsonLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);
    }

    /// <summary>
    /// The 1-based column of a syntax error. Newtonsoft reports how many characters of the line it consumed, so when it
    /// stopped in front of an unexpected character that position is the column before it (usually whitespace); point at
    /// the character itself instead.
    /// </summary>
    private static int ErrorColumn(string text, int lineNumber, int linePosition)
    {
        var lines = text.Split('\n');
        if (lineNumber < 1 || lineNumber > lines.Length)
        {
            return linePosition;
        }

        var line = lines[lineNumber - 1].TrimEnd('\r');
        return linePosition >= 0 && linePosition < line.Length && !char.IsWhiteSpace(line[linePosition]) ? linePosition + 1 : linePosition;
    }

    private static string FirstSentence(string message)
    {
        // Newtonsoft appends "Path '…', line N, position M." which the diagnostic already shows as file:line:col.
        var cut = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(", line ", StringComparison.Ordinal);
        }

        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ') + ".";
    }
}

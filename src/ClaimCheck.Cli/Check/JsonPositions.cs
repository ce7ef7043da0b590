using ClaimCheck.Storage;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Cli.Check;

/// <summary>Where a JSON token is, for error messages about configuration and baseline files.</summary>
internal static class JsonPositions
{
    /// <summary>
    /// The 1-based line and column of <paramref name="token"/> in <paramref name="text"/>. For a property, or the
    /// value of one, the column is that of the property's name (Newtonsoft reports the position after its colon); for an
    /// object or array in an array, that of its opening bracket.
    /// </summary>
    public static (int Line, int Column) Of(string text, JToken? token)
    {
        var (line, column) = JsonDocumentReader.PositionOf(token);
        var property = token as JProperty ?? token?.Parent as JProperty;
        if (property is null || line < 1)
        {
            // An object or array is reported just after its opening bracket; point at the bracket.
            return token is JObject or JArray && column > 1 ? (line, column - 1) : (line, column);
        }

        var lines = text.Split('\n');
        if (line > lines.Length)
        {
            return (line, column);
        }

        var lineText = lines[line - 1];
        var start = Math.Min(column, lineText.Length) - 1;
        var at = start < 0 ? -1 : lineText.LastIndexOf($"\"{property.Name}\"", start, StringComparison.Ordinal);
        return at >= 0 ? (line, at + 1) : (line, column);
    }
}

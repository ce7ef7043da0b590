using System.Collections.Immutable;
using ClaimCheck.Checking;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Cli.Evaluation;

/// <summary>Reads a JSON Lines evaluation set; a malformed line is an error naming the file and line.</summary>
internal static class EvalDataset
{
    public static ImmutableArray<EvalItem> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"{path}: file not found.");
        }

        var items = ImmutableArray.CreateBuilder<EvalItem>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JObject item;
            try
            {
                item = JObject.Parse(line);
            }
            catch (JsonReaderException ex)
            {
                throw new UsageException($"{path}:{lineNumber}: invalid JSON: {ex.Message.Split(" Path '")[0]}");
            }

            if ((string?)item["id"] is not { Length: > 0 } id || (string?)item["text"] is not { Length: > 0 } text)
            {
                throw new UsageException($"{path}:{lineNumber}: each line needs a non-empty \"id\" and \"text\".");
            }

            if (!VerdictNames.TryParse((string?)item["label"], out var label))
            {
                throw new UsageException($"{path}:{lineNumber}: \"label\" must be supported, contradicted or not-enough-info.");
            }

            var evidence = item["evidence"] is JArray array ? array.Select(e => (string?)e).OfType<string>().ToImmutableArray() : [];
            items.Add(new EvalItem(id, text, label, evidence, lineNumber));
        }

        return items.ToImmutable();
    }
}

using System.CommandLine;
using ClaimCheck.Claims;

namespace ClaimCheck.Cli.Commands;

/// <summary><c>claimcheck claims</c>: lists what a claims folder holds, each claim with its source sentence.</summary>
internal static class ClaimsCommand
{
    public static Command Create()
    {
        var claims = CommonOptions.Claims();
        var entity = new Option<string?>("--entity") { Description = "Only claims about this entity (id, name, alias, capital or demonym).", HelpName = "NAME" };
        var kind = new Option<string?>("--kind") { Description = $"Only claims of this kind ({string.Join(", ", ClaimKinds.All.Select(ClaimKinds.NameOf))}).", HelpName = "KIND" };
        var sentences = new Option<bool>("--sentences") { Description = "List the numbered sentences of every source instead (for writing provenance)." };
        var command = new Command("claims", "List the claims of a claims folder with their provenance sentences.") { claims, entity, kind, sentences };
        command.SetAction(result => Run(
            result.GetValue(claims) ?? CommonOptions.DefaultClaimsDirectory,
            result.GetValue(entity),
            result.GetValue(kind),
            result.GetValue(sentences),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string directory, string? entityName, string? kindName, bool listSentences, TextWriter output, TextWriter error)
    {
        var claimBase = ClaimBase.Load(directory);
        foreach (var diagnostic in claimBase.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }

        if (listSentences)
        {
            foreach (var source in claimBase.Sources)
            {
                output.WriteLine($"{source.Id} ({source.Path}, {source.Sentences.Length} sentences)");
                foreach (var sentence in source.Sentences)
                {
                    output.WriteLine($"  {sentence.Number,3}  {sentence.Text}");
                }
            }

            return ExitCodes.Ok;
        }

        var selected = claimBase.Claims.AsEnumerable();
        if (entityName is not null)
        {
            var entity = claimBase.Entities.Resolve(entityName)
                ?? throw new UsageException($"No entity is called '{entityName}'. Try an id (IRQ, opec-plus), a name, a capital or a demonym.");
            selected = selected.Where(c => c.EntityIds().Contains(entity.Id, StringComparer.Ordinal));
        }

        if (kindName is not null)
        {
            if (!ClaimKinds.TryParse(kindName, out var kind))
            {
                throw new UsageException($"Unknown kind '{kindName}'. Kinds: {string.Join(", ", ClaimKinds.All.Select(ClaimKinds.NameOf))}.");
            }

            selected = selected.Where(c => c.Kind == kind);
        }

        var count = 0;
        foreach (var claim in selected)
        {
            count++;
            output.WriteLine(ClaimFormatter.Describe(claim, claimBase.Entities));
            foreach (var provenance in claim.Provenance)
            {
                output.WriteLine($"    {provenance.SourceId} #{provenance.SentenceNumber}: {provenance.SentenceText}");
            }
        }

        output.WriteLine($"{count} of {claimBase.Claims.Length} claims.");
        return ExitCodes.Ok;
    }
}

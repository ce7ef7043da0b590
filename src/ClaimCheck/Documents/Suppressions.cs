using System.Collections.Immutable;
using ClaimCheck.Text;

namespace ClaimCheck.Documents;

/// <summary>
/// The suppressions of one document, resolved to what they cover: line suppressions to a line number, regions
/// to a range of offsets. A sentence is covered by a line suppression when it touches that line, and by a
/// region when it starts inside it.
/// </summary>
internal sealed class Suppressions
{
    private readonly ImmutableArray<Applied> _applied;

    private Suppressions(ImmutableArray<Applied> applied) => _applied = applied;

    /// <summary>No suppressions (plain text).</summary>
    public static Suppressions None { get; } = new([]);

    /// <summary>One suppression that covers a sentence: the rule ids it names (empty: every rule) and how to say why.</summary>
    public sealed record Match(ImmutableArray<string> RuleIds, string Reason);

    /// <summary>Resolves <paramref name="directives"/> (in document order) against <paramref name="text"/>.</summary>
    public static Suppressions Resolve(string text, LineMap lines, IEnumerable<SuppressionDirective> directives)
    {
        var applied = ImmutableArray.CreateBuilder<Applied>();
        var open = new List<(SuppressionDirective Directive, string? RuleId)>();

        void Close(SuppressionDirective closer, Func<string?, bool> which)
        {
            for (var i = 0; i < open.Count; i++)
            {
                if (which(open[i].RuleId))
                {
                    applied.Add(Region(open[i].Directive, open[i].RuleId, closer.Start, lines));
                    open.RemoveAt(i--);
                }
            }
        }

        foreach (var directive in directives.OrderBy(d => d.Start))
        {
            switch (directive.Kind)
            {
                case SuppressionKind.DisableNextLine:
                    var line = NextNonBlankLine(text, lines, directive.End);
                    if (line > 0)
                    {
                        var reason = $"suppressed by <!-- {directive.Describe()} --> on line {lines.GetPosition(directive.Start).Line}";
                        applied.Add(new Applied(directive.RuleIds, reason, line, line, -1, -1));
                    }

                    break;

                case SuppressionKind.Off when directive.RuleIds.IsEmpty:
                    if (!open.Any(o => o.RuleId is null))
                    {
                        open.Add((directive, null));
                    }

                    break;

                case SuppressionKind.Off:
                    foreach (var id in directive.RuleIds.Where(id => !open.Any(o => o.RuleId == id)))
                    {
                        open.Add((directive, id));
                    }

                    break;

                case SuppressionKind.On when directive.RuleIds.IsEmpty:
                    Close(directive, _ => true);
                    break;

                case SuppressionKind.On:
                    Close(directive, id => id is not null && directive.RuleIds.Contains(id));
                    break;
            }
        }

        foreach (var (directive, id) in open)
        {
            applied.Add(Region(directive, id, text.Length, lines));
        }

        return new Suppressions(applied.ToImmutable());
    }

    /// <summary>The suppressions that cover a sentence starting at <paramref name="start"/> on lines <paramref name="line"/>..<paramref name="endLine"/>.</summary>
    public IEnumerable<Match> For(int start, int line, int endLine) =>
        _applied.Where(a => a.Covers(start, line, endLine)).Select(a => new Match(a.RuleIds, a.Reason));

    private static Applied Region(SuppressionDirective directive, string? ruleId, int end, LineMap lines)
    {
        var ids = ruleId is null ? ImmutableArray<string>.Empty : [ruleId];
        var shown = ruleId is null ? "claimcheck off" : $"claimcheck off {ruleId}";
        var reason = $"suppressed by <!-- {shown} --> on line {lines.GetPosition(directive.Start).Line}";
        return new Applied(ids, reason, -1, -1, directive.End, end);
    }

    /// <summary>The 1-based number of the first non-blank line after the line holding <paramref name="offset"/>, or 0.</summary>
    private static int NextNonBlankLine(string text, LineMap lines, int offset)
    {
        var newline = text.IndexOf('\n', Math.Min(offset, text.Length));
        while (newline >= 0)
        {
            var lineStart = newline + 1;
            var next = text.IndexOf('\n', lineStart);
            var lineEnd = next < 0 ? text.Length : next;
            if (!string.IsNullOrWhiteSpace(text[lineStart..lineEnd]))
            {
                return lines.GetPosition(lineStart).Line;
            }

            newline = next;
        }

        return 0;
    }

    /// <summary>A resolved suppression: either lines <see cref="FirstLine"/>..<see cref="LastLine"/> or offsets <see cref="RegionStart"/>..<see cref="RegionEnd"/>.</summary>
    private sealed record Applied(ImmutableArray<string> RuleIds, string Reason, int FirstLine, int LastLine, int RegionStart, int RegionEnd)
    {
        public bool Covers(int start, int line, int endLine) =>
            FirstLine > 0
                ? line <= LastLine && endLine >= FirstLine
                : start >= RegionStart && start < RegionEnd;
    }
}

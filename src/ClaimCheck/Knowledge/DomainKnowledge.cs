using System.Collections.Immutable;
using ClaimCheck.Claims;

namespace ClaimCheck.Knowledge;

/// <summary>
/// Domain knowledge that is not itself a claim: which values exclude each other, which relations have one
/// holder, which phrasings are equivalent, and the taxonomy of terms. Loaded from <c>knowledge.json</c>
/// in the claims folder; data only, never code.
/// </summary>
public sealed record DomainKnowledge
{
    /// <summary>No knowledge at all.</summary>
    public static DomainKnowledge Empty { get; } = new();

    /// <summary>The knowledge the library ships: exclusive vote positions, neutrality vs taking sides, the term taxonomy… (claims/knowledge.json).</summary>
    public static DomainKnowledge Default => Storage.KnowledgeReader.Default;

    /// <summary>Sets of mutually exclusive slot values.</summary>
    public ImmutableArray<ExclusiveValues> Exclusions { get; init; } = [];

    /// <summary>Values that imply other values.</summary>
    public ImmutableArray<ValueImplication> Implications { get; init; } = [];

    /// <summary>Relations with one holder at a time.</summary>
    public ImmutableArray<SingleHolder> SingleHolders { get; init; } = [];

    /// <summary>Equivalent phrasings.</summary>
    public ImmutableArray<Equivalence> Equivalences { get; init; } = [];

    /// <summary>The term taxonomy.</summary>
    public ImmutableArray<TermDefinition> Terms { get; init; } = [];

    // Built once per instance (records are immutable; the taxonomy is read on every transaction comparison).
    private IReadOnlyDictionary<string, TermDefinition> TermsById => _termsById ??= Terms.ToDictionary(t => t.Id, StringComparer.Ordinal);

    private IReadOnlyDictionary<string, TermDefinition>? _termsById;

    /// <summary>The exclusion set that makes <paramref name="a"/> and <paramref name="b"/> conflict in <paramref name="slot"/>, if any.</summary>
    public ExclusiveValues? FindExclusion(ClaimKind kind, string slot, string a, string b)
    {
        foreach (var exclusion in Exclusions)
        {
            if (exclusion.Kind == kind && exclusion.Slot == slot && exclusion.Excludes(a, b))
            {
                return exclusion;
            }
        }

        return null;
    }

    /// <summary><paramref name="value"/> and every value it implies, transitively.</summary>
    public ImmutableHashSet<string> ValueClosure(ClaimKind kind, string slot, string value)
    {
        var result = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(value);
        while (pending.TryPop(out var current))
        {
            if (!result.Add(current))
            {
                continue;
            }

            foreach (var implication in Implications)
            {
                if (implication.Kind == kind && implication.Slot == slot && implication.From == current)
                {
                    pending.Push(implication.To);
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary><paramref name="termId"/> and every broader term, transitively.</summary>
    public ImmutableHashSet<string> BroaderClosure(string termId)
    {
        var byId = TermsById;
        var result = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(termId);
        while (pending.TryPop(out var current))
        {
            if (result.Add(current) && byId.TryGetValue(current, out var term))
            {
                foreach (var broader in term.Broader)
                {
                    pending.Push(broader);
                }
            }
        }

        return result.ToImmutable();
    }
}

using System.Collections.Immutable;
using ClaimCheck.Checking;
using ClaimCheck.Claims;
using ClaimCheck.Entities;
using ClaimCheck.Knowledge;

namespace ClaimCheck.Rules;

/// <summary>What a rule sees: one reading of the statement, the claims of the same kind about its entities, and the knowledge base.</summary>
public sealed class RuleContext
{
    internal RuleContext(StatementAtom atom, Frame frame, ImmutableArray<Claim> candidates, DomainKnowledge knowledge, EntityRegistry entities, FrameMatcher matcher)
    {
        Matcher = matcher;
        Atom = atom;
        Frame = frame;
        Candidates = candidates;
        Knowledge = knowledge;
        Entities = entities;
        _sameFact = new Lazy<ImmutableArray<(Claim Claim, ValueRelation Relation, Knowledge.ExclusiveValues? Exclusion)>>(() =>
            [.. candidates.Where(c => matcher.Identify(frame, c) == Identity.Same).Select(c =>
            {
                var (relation, exclusion) = matcher.CompareValues(frame, c);
                return (c, relation, exclusion);
            })]);
    }

    // Every frame rule asks the same two questions of each candidate; they are answered once per context.
    private readonly Lazy<ImmutableArray<(Claim Claim, ValueRelation Relation, Knowledge.ExclusiveValues? Exclusion)>> _sameFact;

    /// <summary>The candidates about the same fact as the frame, each with how its value compares.</summary>
    internal ImmutableArray<(Claim Claim, ValueRelation Relation, Knowledge.ExclusiveValues? Exclusion)> SameFact => _sameFact.Value;

    /// <summary>The atomic statement.</summary>
    public StatementAtom Atom { get; }

    /// <summary>The reading of the atom under evaluation.</summary>
    public Frame Frame { get; }

    /// <summary>Claims of the frame's kind that share its key entities (from the index; never every claim).</summary>
    public ImmutableArray<Claim> Candidates { get; }

    /// <summary>Domain knowledge: exclusive values, implications, single holders, taxonomy.</summary>
    public DomainKnowledge Knowledge { get; }

    /// <summary>The entity registry, for names in explanations.</summary>
    public EntityRegistry Entities { get; }

    internal FrameMatcher Matcher { get; }

    /// <summary>The display name of entity <paramref name="id"/>.</summary>
    public string NameOf(string id) => Entities.TryGet(id, out var entity) ? entity.Name : id;
}

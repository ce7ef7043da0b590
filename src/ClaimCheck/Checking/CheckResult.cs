using System.Collections.Immutable;
using ClaimCheck.Rules;

namespace ClaimCheck.Checking;

/// <summary>The verdict on a statement: the aggregate of its atoms, with the deciding rule, evidence and explanation.</summary>
/// <param name="Statement">The statement as given.</param>
/// <param name="Verdict">The overall verdict.</param>
/// <param name="Rule">The rule that decided the overall verdict.</param>
/// <param name="Explanation">One line a person can read.</param>
/// <param name="Atoms">The verdict on each atomic statement.</param>
public sealed record CheckResult(string Statement, Verdict Verdict, RuleDescriptor Rule, string Explanation, ImmutableArray<AtomResult> Atoms)
{
    /// <summary>The evidence of the atoms that decided the verdict, without duplicates, in order.</summary>
    public ImmutableArray<Evidence> Evidence { get; init; } = [];
}

using System.Collections.Immutable;
using ClaimCheck.Rules;

namespace ClaimCheck.Checking;

/// <summary>The verdict on one atomic statement, with the rule that decided, its evidence and why.</summary>
/// <param name="Atom">The atom.</param>
/// <param name="Verdict">The atom's verdict.</param>
/// <param name="Rule">The rule that decided.</param>
/// <param name="Explanation">One line a person can read.</param>
/// <param name="Evidence">The source sentences used; never empty for supported or contradicted.</param>
/// <param name="ComparedClaims">Ids of the claims the atom was compared with.</param>
public sealed record AtomResult(
    StatementAtom Atom,
    Verdict Verdict,
    RuleDescriptor Rule,
    string Explanation,
    ImmutableArray<Evidence> Evidence,
    ImmutableArray<string> ComparedClaims);

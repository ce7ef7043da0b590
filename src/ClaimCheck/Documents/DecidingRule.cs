using ClaimCheck.Checking;
using ClaimCheck.Rules;

namespace ClaimCheck.Documents;

/// <summary>Which rule a document report attributes a verdict to.</summary>
public static class DecidingRule
{
    /// <summary>
    /// The rule that decided <paramref name="result"/>. For a statement of several atoms the engine reports the
    /// conjunction rule (CC1901); a report names the rule of the first atom that has the overall verdict instead
    /// ("Iraq voted against Russia and is in OPEC+" is contradicted by CC1002), so that its id, severity and
    /// suppressions are those of the rule that actually found the problem.
    /// </summary>
    public static RuleDescriptor Of(CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Rule.Id == BuiltInRules.Conjunction.Id && result.Atoms.FirstOrDefault(a => a.Verdict == result.Verdict) is { } atom)
        {
            return atom.Rule;
        }

        return result.Rule;
    }
}

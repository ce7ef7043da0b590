using System.Text;
using ClaimCheck.Claims;
using ClaimCheck.Entities;

namespace ClaimCheck.Cli;

/// <summary>One-line renderings of claims for terminal output.</summary>
internal static class ClaimFormatter
{
    /// <summary>"iraq-opec-plus [membership] member=Iraq organisation=OPEC+" with "NOT" for denied claims.</summary>
    public static string Describe(Claim claim, EntityRegistry entities)
    {
        var text = new StringBuilder();
        text.Append(claim.Id).Append(" [").Append(ClaimKinds.NameOf(claim.Kind)).Append(']');
        if (claim.Polarity == Polarity.Denied)
        {
            text.Append(" NOT");
        }

        foreach (var role in ClaimKinds.RolesOf(claim.Kind))
        {
            if (claim.Slot(role.Name) is not { } value)
            {
                continue;
            }

            var shown = role.Type is SlotType.Entity or SlotType.Entities
                ? value.Values.Select(id => entities.TryGet(id, out var e) ? e.Name : id)
                : value.Values;
            text.Append(' ').Append(role.Name).Append('=').Append(string.Join('|', shown));
        }

        if (claim.Time is { } time)
        {
            text.Append(" time=").Append(time);
        }

        if (!claim.Qualifiers.IsEmpty)
        {
            text.Append(" (").Append(string.Join(", ", claim.Qualifiers)).Append(')');
        }

        return text.ToString();
    }
}

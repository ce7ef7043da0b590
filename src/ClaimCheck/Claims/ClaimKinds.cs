using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ClaimCheck.Claims;

/// <summary>
/// The slots of every <see cref="ClaimKind"/>: the one place that says what each kind holds.
/// The JSON Schema for claims files mirrors this table (a test keeps them in step).
/// </summary>
public static class ClaimKinds
{
    private static readonly FrozenDictionary<ClaimKind, ImmutableArray<SlotRole>> RolesByKind = new Dictionary<ClaimKind, ImmutableArray<SlotRole>>
    {
        [ClaimKind.Membership] =
        [
            Key("member", SlotType.Entity),
            Key("organisation", SlotType.Entity),
            Optional("status", SlotType.Value, "member", "founding-member", "observer", "associate-member", "permanent-member", "non-permanent-member", "candidate"),
        ],
        [ClaimKind.Vote] =
        [
            Key("voter", SlotType.Entity),
            Required("position", SlotType.Value, "for", "against", "abstain", "absent"),
            Optional("forum", SlotType.Entity),
            Optional("motion", SlotType.Text),
            Optional("target", SlotType.Entity),
            Optional("motionAction", SlotType.Value, "condemns", "supports", "demands", "calls-for"),
        ],
        [ClaimKind.Relations] =
        [
            Key("party", SlotType.Entity),
            Key("counterpart", SlotType.Entities),
            Required("status", SlotType.Value, "diplomatic", "consular", "normalised", "ally", "friendly", "strategic", "historical", "military-cooperation", "economic-cooperation", "cooperation", "hostile"),
        ],
        [ClaimKind.Sanctions] =
        [
            Key("actor", SlotType.Entity),
            Key("target", SlotType.Entity),
            Optional("regime", SlotType.Entity),
            Required("action", SlotType.Value, "joined", "imposed", "lifted"),
        ],
        [ClaimKind.Stance] =
        [
            Key("actor", SlotType.Entity),
            Key("topic", SlotType.Entity),
            Required("stance", SlotType.Value, "neutral", "supports", "opposes", "condemns", "blames", "hostile"),
            Optional("party", SlotType.Entities),
        ],
        [ClaimKind.Transaction] =
        [
            Key("buyer", SlotType.Entity),
            Optional("seller", SlotType.Entity),
            Key("items", SlotType.Terms),
            Optional("period", SlotType.Text),
        ],
        [ClaimKind.Event] =
        [
            Key("actor", SlotType.Entity),
            Key("action", SlotType.Text),
            Optional("object", SlotType.Entities),
            Optional("place", SlotType.Entity),
            Optional("detail", SlotType.Text),
        ],
        [ClaimKind.Office] =
        [
            Key("person", SlotType.Entity),
            Key("role", SlotType.Text),
            Key("of", SlotType.Entity),
        ],
        [ClaimKind.Statement] =
        [
            Key("speaker", SlotType.Entity),
            Key("content", SlotType.Text),
            Optional("addressee", SlotType.Entity),
            Optional("topic", SlotType.Entity),
        ],
        [ClaimKind.Quantity] =
        [
            Key("subject", SlotType.Entity),
            Key("measure", SlotType.Text),
            Optional("value", SlotType.Number),
            Optional("unit", SlotType.Text),
            Optional("direction", SlotType.Value, "increase", "decrease", "stable"),
            Optional("cause", SlotType.Entity),
        ],
        [ClaimKind.Generic] =
        [
            Key("subject", SlotType.Entity),
            Key("predicate", SlotType.Text),
            Optional("object", SlotType.Text),
            Optional("objectEntity", SlotType.Entities),
        ],
    }.ToFrozenDictionary();

    /// <summary>All kinds, in declaration order.</summary>
    public static ImmutableArray<ClaimKind> All { get; } = [.. Enum.GetValues<ClaimKind>()];

    /// <summary>The slots of <paramref name="kind"/>.</summary>
    public static ImmutableArray<SlotRole> RolesOf(ClaimKind kind) => RolesByKind[kind];

    /// <summary>The slot called <paramref name="name"/> of <paramref name="kind"/>, or null when the kind has no such slot.</summary>
    public static SlotRole? FindRole(ClaimKind kind, string name)
    {
        foreach (var role in RolesByKind[kind])
        {
            if (role.Name == name)
            {
                return role;
            }
        }

        return null;
    }

    /// <summary>The name of <paramref name="kind"/> in claims files (lowercase).</summary>
    public static string NameOf(ClaimKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Parses a kind name as written in claims files.</summary>
    public static bool TryParse(string? name, out ClaimKind kind)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(NameOf(candidate), name, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    private static SlotRole Key(string name, SlotType type) => new(name, type, Required: true, IsKey: true, []);

    private static SlotRole Required(string name, SlotType type, params string[] vocabulary) => new(name, type, Required: true, IsKey: false, [.. vocabulary]);

    private static SlotRole Optional(string name, SlotType type, params string[] vocabulary) => new(name, type, Required: false, IsKey: false, [.. vocabulary]);
}

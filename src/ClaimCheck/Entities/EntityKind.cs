namespace ClaimCheck.Entities;

/// <summary>What sort of thing an <see cref="Entity"/> is.</summary>
public enum EntityKind
{
    /// <summary>A country or territory (the built-in ones have their ISO 3166-1 alpha-3 code as id).</summary>
    Country,

    /// <summary>An international or national organisation, or one of its organs (the UN, NATO, the UN Security Council).</summary>
    Organisation,

    /// <summary>A grouping of countries or an armed or political group (the West, OPEC+, the G7, Hamas).</summary>
    Group,

    /// <summary>A person.</summary>
    Person,

    /// <summary>A place that is not a country (a region, a city, a territory).</summary>
    Place,

    /// <summary>An event such as a war or a conflict.</summary>
    Event,

    /// <summary>Anything else.</summary>
    Other,
}

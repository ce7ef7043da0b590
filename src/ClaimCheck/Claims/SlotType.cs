namespace ClaimCheck.Claims;

/// <summary>The type of value a slot holds.</summary>
public enum SlotType
{
    /// <summary>One entity id from the registry (a country, organisation, person, event…).</summary>
    Entity,

    /// <summary>One or more entity ids.</summary>
    Entities,

    /// <summary>One value from the slot's closed vocabulary (e.g. a vote position).</summary>
    Value,

    /// <summary>One or more terms; terms may be related through the knowledge base's taxonomy.</summary>
    Terms,

    /// <summary>Free text, compared by its content words.</summary>
    Text,

    /// <summary>A number.</summary>
    Number,
}

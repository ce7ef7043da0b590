namespace ClaimCheck.Entities;

/// <summary>Which of an entity's surface forms a <see cref="EntityMention"/> matched.</summary>
public enum MentionForm
{
    /// <summary>The entity's <see cref="Entity.Name"/>.</summary>
    Name,

    /// <summary>One of the entity's <see cref="Entity.Aliases"/>.</summary>
    Alias,

    /// <summary>One of the entity's <see cref="Entity.Abbreviations"/>.</summary>
    Abbreviation,

    /// <summary>One of the entity's <see cref="Entity.Capitals"/> (used for the government, as in "Tehran says").</summary>
    Capital,

    /// <summary>One of the entity's <see cref="Entity.Demonyms"/>, singular or with a plural <c>s</c> ("Iraqi", "Iraqis").</summary>
    Demonym,
}

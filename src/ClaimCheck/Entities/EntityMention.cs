namespace ClaimCheck.Entities;

/// <summary>
/// One mention of an <see cref="Entities.Entity"/> found in a text by <see cref="EntityRegistry.FindMentions"/>.
/// </summary>
/// <param name="Entity">The entity mentioned.</param>
/// <param name="Start">The zero-based UTF-16 offset of the mention in the searched text.</param>
/// <param name="Length">
/// The number of UTF-16 code units the mention spans. A possessive <c>'s</c> is not part of the
/// mention ("Iraq's" gives "Iraq"); a plural <c>s</c> of a demonym is ("Iraqis").
/// </param>
/// <param name="Text">The mention exactly as it appears in the searched text: <c>text.Substring(Start, Length)</c>.</param>
/// <param name="Form">Which of the entity's forms matched.</param>
public sealed record EntityMention(Entity Entity, int Start, int Length, string Text, MentionForm Form)
{
    /// <summary>The zero-based offset just past the mention (<see cref="Start"/> + <see cref="Length"/>).</summary>
    public int End => Start + Length;
}

namespace ClaimCheck.Claims;

/// <summary>
/// The closed set of things a claim can state. Each kind has its own typed slots; see <see cref="ClaimKinds"/>.
/// </summary>
public enum ClaimKind
{
    /// <summary>Someone is a member of an organisation (slots: member, organisation, status).</summary>
    Membership,

    /// <summary>A voter took a position on a motion (slots: voter, position, forum, motion, target, motionAction).</summary>
    Vote,

    /// <summary>Relations between two parties (slots: party, counterpart, status).</summary>
    Relations,

    /// <summary>A sanctions or alignment action (slots: actor, target, regime, action).</summary>
    Sanctions,

    /// <summary>A stance on a conflict or topic (slots: actor, topic, stance, party).</summary>
    Stance,

    /// <summary>A purchase or sale (slots: buyer, seller, items, period).</summary>
    Transaction,

    /// <summary>Something an actor did, usually dated (slots: actor, action, object, place).</summary>
    Event,

    /// <summary>A person holds an office (slots: person, role, of).</summary>
    Office,

    /// <summary>Someone said or called for something (slots: speaker, content, addressee, topic).</summary>
    Statement,

    /// <summary>A measured or changing quantity (slots: subject, measure, value, unit, direction, cause).</summary>
    Quantity,

    /// <summary>Anything else, as subject, predicate and object.</summary>
    Generic,
}

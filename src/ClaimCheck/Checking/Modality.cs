namespace ClaimCheck.Checking;

/// <summary>Whether a statement asserts something checkable, and if not, why.</summary>
public enum Modality
{
    /// <summary>A plain assertion (possibly attributed or hedged with "reportedly").</summary>
    Assertion,

    /// <summary>A question.</summary>
    Question,

    /// <summary>A conditional ("If Iraq joined…").</summary>
    Conditional,

    /// <summary>A prediction or possibility ("Iraq will…", "Iraq may…").</summary>
    Prediction,

    /// <summary>An opinion not in the source's voice ("Some analysts argue that…").</summary>
    Opinion,
}

namespace ClaimCheck.Checking;

/// <summary>What the sources say about a statement.</summary>
public enum Verdict
{
    /// <summary>The sources say the statement holds.</summary>
    Supported,

    /// <summary>The sources say the statement does not hold.</summary>
    Contradicted,

    /// <summary>The sources do not settle the statement, or it asserts nothing checkable.</summary>
    NotEnoughInfo,
}

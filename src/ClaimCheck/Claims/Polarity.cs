namespace ClaimCheck.Claims;

/// <summary>Whether a claim asserts its content or denies it ("Iraq has not joined the sanctions").</summary>
public enum Polarity
{
    /// <summary>The content holds.</summary>
    Asserted,

    /// <summary>The content does not hold.</summary>
    Denied,
}

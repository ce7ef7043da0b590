namespace ClaimCheck.Diagnostics;

/// <summary>
/// Every validation diagnostic id, in one place. Ids are stable: tools and suppressions refer to them.
/// CC0xxx are about claim bases and inputs; CC1xxx are checking rules.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>A JSON file could not be parsed.</summary>
    public const string InvalidJson = "CC0001";

    /// <summary>A file does not match its JSON Schema.</summary>
    public const string SchemaViolation = "CC0002";

    /// <summary>Two claims share an id.</summary>
    public const string DuplicateClaimId = "CC0003";

    /// <summary>A slot names an entity the registry does not know.</summary>
    public const string UnknownEntity = "CC0004";

    /// <summary>A provenance quote is not verbatim in the cited sentence.</summary>
    public const string QuoteNotInSentence = "CC0005";

    /// <summary>A source's text changed since its claims were written.</summary>
    public const string SourceChanged = "CC0006";

    /// <summary>A source path points outside the claims folder.</summary>
    public const string SourceOutsideClaims = "CC0007";

    /// <summary>A source file is missing or unreadable.</summary>
    public const string SourceMissing = "CC0008";

    /// <summary>A provenance cites a sentence number the source does not have.</summary>
    public const string SentenceOutOfRange = "CC0009";

    /// <summary>A provenance cites a source id that no claims file declares.</summary>
    public const string UnknownSource = "CC0010";

    /// <summary>A slot value does not fit its slot (unknown slot, wrong vocabulary value, bad date).</summary>
    public const string InvalidSlot = "CC0011";

    /// <summary>The same source id is declared twice with different paths.</summary>
    public const string ConflictingSource = "CC0012";

    /// <summary>The claims folder is missing or holds no claims file.</summary>
    public const string NoClaims = "CC0013";

    /// <summary>Two sources say contradictory things.</summary>
    public const string SourcesConflict = "CC0014";

    /// <summary>A knowledge or entities file refers to something that does not exist.</summary>
    public const string InvalidKnowledge = "CC0015";

    /// <summary>A file could not be read or written.</summary>
    public const string IoError = "CC0016";

    /// <summary>The <c>.claimcheck.json</c> configuration is invalid (bad JSON, unknown property or rule id, bad value).</summary>
    public const string InvalidConfig = "CC0017";
}

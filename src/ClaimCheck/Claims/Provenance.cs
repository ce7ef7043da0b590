namespace ClaimCheck.Claims;

/// <summary>Where a claim comes from: one sentence of one source, and the exact words it rests on.</summary>
/// <param name="SourceId">The id of the source document.</param>
/// <param name="SentenceNumber">The 1-based sentence number in the source (see <c>SentenceSplitter</c>).</param>
/// <param name="Start">Offset of the quote in the source text.</param>
/// <param name="Length">Length of the quote in the source text.</param>
/// <param name="Quote">The verbatim words of the source the claim rests on.</param>
/// <param name="SentenceText">The full text of the cited sentence.</param>
/// <param name="SourceHash">The SHA-256 (lowercase hex) of the source text the claim was written against.</param>
public sealed record Provenance(
    string SourceId,
    int SentenceNumber,
    int Start,
    int Length,
    string Quote,
    string SentenceText,
    string SourceHash);

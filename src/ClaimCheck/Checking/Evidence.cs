namespace ClaimCheck.Checking;

/// <summary>A source sentence a verdict rests on.</summary>
/// <param name="SourceId">The source document's id.</param>
/// <param name="SentenceNumber">1-based sentence number in the source.</param>
/// <param name="SentenceText">The full sentence.</param>
/// <param name="Start">Offset of the sentence in the source text.</param>
/// <param name="Length">Length of the sentence.</param>
/// <param name="ClaimId">The claim the sentence was reached through; null when the sentence was used directly (reference mode).</param>
/// <param name="Quote">The words of the sentence the claim rests on; the whole sentence when used directly.</param>
public sealed record Evidence(string SourceId, int SentenceNumber, string SentenceText, int Start, int Length, string? ClaimId, string Quote);

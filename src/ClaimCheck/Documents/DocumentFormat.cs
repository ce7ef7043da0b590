namespace ClaimCheck.Documents;

/// <summary>How a document's text is read.</summary>
public enum DocumentFormat
{
    /// <summary>Plain text: every sentence is prose.</summary>
    PlainText,

    /// <summary>Markdown: code, front matter, HTML comments and link URLs are skipped; headings, lists, tables and quotes are prose.</summary>
    Markdown,
}

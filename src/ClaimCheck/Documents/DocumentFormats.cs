namespace ClaimCheck.Documents;

/// <summary>Chooses how a file is read from its name.</summary>
public static class DocumentFormats
{
    /// <summary><see cref="DocumentFormat.Markdown"/> for <c>.md</c> and <c>.markdown</c> files (any case), else <see cref="DocumentFormat.PlainText"/>.</summary>
    public static DocumentFormat ForPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        return extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase)
            ? DocumentFormat.Markdown
            : DocumentFormat.PlainText;
    }
}

namespace ClaimCheck.Storage;

/// <summary>Reads the data files the library ships (country data, schemas, lexicons).</summary>
internal static class EmbeddedResources
{
    /// <summary>The text of resource <paramref name="name"/> (path under Resources/, with '.' for '/').</summary>
    public static string ReadText(string name)
    {
        using var stream = typeof(EmbeddedResources).Assembly.GetManifestResourceStream("ClaimCheck.Resources." + name)
            ?? throw new InvalidOperationException($"The library is missing its embedded resource '{name}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

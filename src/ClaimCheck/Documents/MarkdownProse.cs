using System.Text;
using System.Collections.Immutable;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ClaimCheck.Documents;

/// <summary>
/// Takes the prose out of a Markdown document with Markdig: headings, paragraphs, list items, table cells and block
/// quotes are kept (link text too); fenced and indented code, inline code, YAML front matter, HTML blocks, inline
/// HTML (comments included), images and link URLs are left out. Every kept character keeps its offset in the
/// original text, so inline markup never shifts a reported column. Suppression comments are collected on the way.
/// </summary>
internal static class MarkdownProse
{
    // Immutable and thread-safe once built (Markdig's own guarantee), so one pipeline serves every thread.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    /// <summary>The prose segments of <paramref name="text"/> in document order, and its suppression comments.</summary>
    public static (ImmutableArray<ProseSegment> Segments, ImmutableArray<SuppressionDirective> Directives) Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = Markdown.Parse(text, Pipeline);
        var reader = new Reader(text);
        reader.VisitBlock(document);
        return (reader.Segments.ToImmutable(), reader.Directives.ToImmutable());
    }

    private sealed class Reader(string source)
    {
        public ImmutableArray<ProseSegment>.Builder Segments { get; } = ImmutableArray.CreateBuilder<ProseSegment>();

        public ImmutableArray<SuppressionDirective>.Builder Directives { get; } = ImmutableArray.CreateBuilder<SuppressionDirective>();

        public void VisitBlock(Block block)
        {
            switch (block)
            {
                case YamlFrontMatterBlock:
                case CodeBlock: // fenced code blocks are code blocks too
                case ThematicBreakBlock:
                case LinkReferenceDefinitionGroup:
                case LinkReferenceDefinition:
                    return;

                case HtmlBlock html:
                    if (SourceOf(html.Span) is { } markup)
                    {
                        Directives.AddRange(SuppressionDirective.Parse(markup, html.Span.Start));
                    }

                    return;

                case LeafBlock { Inline: { } inline }:
                    var builder = new ProseSegmentBuilder();
                    VisitInline(inline, builder);
                    if (builder.Build() is { } segment)
                    {
                        Segments.Add(segment);
                    }

                    return;

                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        VisitBlock(child);
                    }

                    return;
            }
        }

        private void VisitInline(Inline inline, ProseSegmentBuilder builder)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.AppendFromSource(literal.Content.ToString(), source, StartOf(literal, builder), literal.Span.End + 1);
                    return;

                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.ToString(), StartOf(entity, builder));
                    return;

                case LineBreakInline lineBreak:
                    // A soft break is a space inside the paragraph; a hard one ends the line as the author asked.
                    builder.Append(lineBreak.IsHard ? '\n' : ' ', StartOf(lineBreak, builder));
                    return;

                case HtmlInline html:
                    Directives.AddRange(SuppressionDirective.Parse(html.Tag ?? "", html.Span.Start));
                    builder.Gap(StartOf(html, builder));
                    return;

                case LinkInline link when link.IsImage || link.IsAutoLink:
                    builder.Gap(StartOf(link, builder));
                    return;

                case ContainerInline container: // emphasis, link text, the paragraph itself
                    foreach (var child in container)
                    {
                        VisitInline(child, builder);
                    }

                    return;

                default: // inline code, <autolinks>, anything an extension adds
                    builder.Gap(StartOf(inline, builder));
                    return;
            }
        }

        private string? SourceOf(SourceSpan span) =>
            span.Start >= 0 && span.End >= span.Start && span.End < source.Length ? source.Substring(span.Start, span.Length) : null;

        private static int StartOf(MarkdownObject node, ProseSegmentBuilder builder) =>
            node.Span.Start >= 0 ? node.Span.Start : builder.LastOffset;
    }

    // Markdown sources keep their offsets: markup, code and comments are blanked with spaces, line breaks kept.
    public static string Blank(string markdown)
    {
        var (segments, _) = Read(markdown);
        var chars = new StringBuilder(new string(' ', markdown.Length));
        for (var i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] is '\n' or '\r')
            {
                chars[i] = markdown[i];
            }
        }

        foreach (var segment in segments)
        {
            for (var i = 0; i < segment.Text.Length; i++)
            {
                var offset = segment.Offsets[i];
                if (offset >= 0 && offset < markdown.Length)
                {
                    chars[offset] = segment.Text[i];
                }
            }

            // A block ends a sentence even without a full stop.
            var end = segment.Text.Length == 0 ? 0 : segment.Offsets[^1] + 1;
            if (end < markdown.Length && chars[end] == ' ')
            {
                chars[end] = '\n';
            }
        }

        return chars.ToString();
    }
}

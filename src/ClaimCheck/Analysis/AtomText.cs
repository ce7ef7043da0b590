using System.Collections.Immutable;
using ClaimCheck.Entities;

namespace ClaimCheck.Analysis;

/// <summary>A clause under analysis: its tokens and the entity mentions among them (token ranges).</summary>
internal sealed class AtomText
{
    public AtomText(string text, ImmutableArray<Token> tokens, ImmutableArray<EntityMention> mentions)
    {
        Text = text;
        Tokens = tokens;
        Mentions = mentions;
        var mentionAt = new int[tokens.Length];
        Array.Fill(mentionAt, -1);
        var ranges = ImmutableArray.CreateBuilder<(int First, int End)>(mentions.Length);
        for (var m = 0; m < mentions.Length; m++)
        {
            var first = -1;
            var end = -1;
            for (var t = 0; t < tokens.Length; t++)
            {
                // A token belongs to a mention when it overlaps it ("U.S.-led" is "U.S.", "-", "led"; "anti-Israel" is one token).
                if (tokens[t].Start < mentions[m].End && tokens[t].End > mentions[m].Start)
                {
                    if (first < 0)
                    {
                        first = t;
                    }

                    end = t + 1;
                    if (mentionAt[t] < 0)
                    {
                        mentionAt[t] = m;
                    }
                }
            }

            ranges.Add((first, end));
        }

        MentionRanges = ranges.MoveToImmutable();
        MentionAtToken = [.. mentionAt];
    }

    public string Text { get; }

    public ImmutableArray<Token> Tokens { get; }

    public ImmutableArray<EntityMention> Mentions { get; }

    /// <summary>For each mention, the token range it covers.</summary>
    public ImmutableArray<(int First, int End)> MentionRanges { get; }

    /// <summary>For each token, the index of the mention it belongs to, or -1.</summary>
    public ImmutableArray<int> MentionAtToken { get; }

    public bool IsInMention(int token) => token >= 0 && token < MentionAtToken.Length && MentionAtToken[token] >= 0;

    public EntityMention? MentionAt(int token) => IsInMention(token) ? Mentions[MentionAtToken[token]] : null;

    /// <summary>Mentions whose first token lies in [start, end).</summary>
    public IEnumerable<(EntityMention Mention, int First, int End)> MentionsIn(int start, int end)
    {
        for (var m = 0; m < Mentions.Length; m++)
        {
            var (first, last) = MentionRanges[m];
            if (first >= start && first < end)
            {
                yield return (Mentions[m], first, last);
            }
        }
    }

    /// <summary>The text from token <paramref name="start"/> to token <paramref name="end"/> (exclusive).</summary>
    public string Slice(int start, int end)
    {
        if (start >= end || start >= Tokens.Length)
        {
            return "";
        }

        var last = Tokens[Math.Min(end, Tokens.Length) - 1];
        return Text[Tokens[start].Start..last.End];
    }
}

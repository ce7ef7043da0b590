using System.Collections.Immutable;
using ClaimCheck.Text;

namespace ClaimCheck.Analysis;

/// <summary>
/// Splits text into tokens. Keeps "U.S.", "OPEC+", "al-Sudani" and "2,000" whole; splits the possessive
/// "'s" off ("Iraq's" → "Iraq", "'s") and a hyphenated suffix off a name ("U.S.-led" → "U.S.", "-", "led").
/// </summary>
internal static class Tokenizer
{
    public static ImmutableArray<Token> Tokenize(string text, Stemmer stemmer)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int end;
            TokenKind kind;
            if (char.IsDigit(c))
            {
                end = ScanNumber(text, i);
                kind = TokenKind.Number;
            }
            else if (char.IsLetter(c))
            {
                end = ScanWord(text, i);
                kind = TokenKind.Word;
            }
            else if (IsApostrophe(c) && i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 == text.Length || !char.IsLetter(text[i + 2])))
            {
                // "the U.S.'s support": a possessive after an abbreviation.
                end = i + 2;
                kind = TokenKind.Word;
            }
            else
            {
                end = i + 1;
                kind = TokenKind.Punctuation;
            }

            // Possessive: "Iraq's", "countries'" → word + "'s" / "'".
            if (kind == TokenKind.Word && end - i > 2 && IsApostrophe(text[end - 2]) && (text[end - 1] is 's' or 'S'))
            {
                Add(tokens, text, i, end - 2, kind, stemmer);
                Add(tokens, text, end - 2, end, TokenKind.Word, stemmer);
            }
            else
            {
                Add(tokens, text, i, end, kind, stemmer);
            }

            i = end;
        }

        return tokens.ToImmutable();
    }

    private static void Add(ImmutableArray<Token>.Builder tokens, string text, int start, int end, TokenKind kind, Stemmer stemmer)
    {
        var raw = text[start..end];
        var lower = TextFolding.FoldQuotes(raw).ToLowerInvariant();
        var stem = kind == TokenKind.Word ? stemmer.Stem(lower) : lower;
        tokens.Add(new Token(raw, start, lower, stem, kind));
    }

    private static int ScanNumber(string text, int i)
    {
        var end = i;
        while (end < text.Length)
        {
            var c = text[end];
            if (char.IsDigit(c))
            {
                end++;
            }
            else if ((c is '.' or ',') && end + 1 < text.Length && char.IsDigit(text[end + 1]))
            {
                end++;
            }
            else
            {
                break;
            }
        }

        // "2011s", "1990s", "5th": keep the suffix on the number.
        while (end < text.Length && char.IsLetter(text[end]) && end - i < 8)
        {
            end++;
        }

        return end;
    }

    private static int ScanWord(string text, int i)
    {
        var end = i;
        while (end < text.Length)
        {
            var c = text[end];
            if (char.IsLetterOrDigit(c))
            {
                end++;
            }
            else if (c == '.' && IsDottedAbbreviation(text, i, end))
            {
                end++;
            }
            else if ((c == '-' || IsApostrophe(c)) && end + 1 < text.Length && char.IsLetter(text[end + 1]) && !EndsDottedAbbreviation(text, i, end))
            {
                end++;
            }
            else if (c == '-' && end + 1 < text.Length && char.IsDigit(text[end + 1]) && end - i <= 4 && char.IsUpper(text[i]))
            {
                // "S-400", "MiG-29", "F-16": a model designation is one token.
                end++;
                while (end < text.Length && char.IsLetterOrDigit(text[end]))
                {
                    end++;
                }

                break;
            }
            else if (c == '+' && end - i >= 2 && char.IsUpper(text[end - 1]) && (end + 1 == text.Length || !char.IsLetterOrDigit(text[end + 1])))
            {
                end++; // "OPEC+"
            }
            else
            {
                break;
            }
        }

        return end;
    }

    // "U.S.", "U.N.", "e.g.": single letters separated by dots.
    private static bool IsDottedAbbreviation(string text, int start, int dot)
    {
        var letterBefore = dot - 1 >= start && char.IsLetter(text[dot - 1]) && (dot - 2 < start || text[dot - 2] == '.');
        if (!letterBefore)
        {
            return false;
        }

        var nextIsLetterDot = dot + 2 < text.Length && char.IsLetter(text[dot + 1]) && text[dot + 2] == '.';
        var alreadyDotted = dot - 2 >= start && text[dot - 2] == '.';
        return nextIsLetterDot || alreadyDotted;
    }

    private static bool EndsDottedAbbreviation(string text, int start, int at) => at - 1 >= start && text[at - 1] == '.';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}

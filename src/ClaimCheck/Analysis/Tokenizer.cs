using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
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

        return MergeNumberWords(tokens, text).ToImmutable();
    }

    // Cardinals written as words compare as figures: "nine" → 9, "twenty-five" → 25. ("one" stays a word: it is far
    // more often a pronoun, as in "one of the largest".)
    private static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static int? NumberWordValue(string lower)
    {
        if (NumberWords.TryGetValue(lower, out var value))
        {
            return value;
        }

        // "twenty-five"; "three-quarters", "four-fifths" (a share in percent)
        var dash = lower.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && NumberWords.TryGetValue(lower[..dash], out var count) && count < 10 && Fractions.TryGetValue(lower[(dash + 1)..], out var each))
        {
            return count * each;
        }

        return dash > 0 && NumberWords.TryGetValue(lower[..dash], out var tens) && tens >= 20 && tens % 10 == 0
            && NumberWords.TryGetValue(lower[(dash + 1)..], out var units) && units < 10 ? tens + units : null;
    }

    // Scale words and their short forms: "three hundred", "3.4 billion", "$3.4bn", "€50m" are one figure each (300,
    // 3400000000, 50000000), so that every way of writing a value compares with the others.
    private static readonly FrozenDictionary<string, decimal> Scales = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["hundred"] = 100m, ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m, ["trillion"] = 1_000_000_000_000m,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Currency signs and the word each stands for ("$7 billion" is seven billion dollars).</summary>
    public static readonly ImmutableArray<(char Sign, string Word)> Currencies = [('$', "dollar"), ('€', "euro"), ('£', "pound")];

    // "bn", "tn" and "mn" are always scales; "m" and "k" only after a currency sign ("5m" may be five metres).
    private static readonly FrozenDictionary<string, decimal> ScaleSuffixes = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["bn"] = 1_000_000_000m, ["tn"] = 1_000_000_000_000m, ["mn"] = 1_000_000m, ["m"] = 1_000_000m, ["k"] = 1_000m,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static ImmutableArray<Token>.Builder MergeNumberWords(ImmutableArray<Token>.Builder tokens, string text)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            // "half a million" → 500000, "a quarter of a billion" → 250000000.
            if (tokens[i].Kind == TokenKind.Word && PartOfScale(tokens, i) is { } portion)
            {
                Merge(tokens, i, portion.Last, text, Figure(portion.Value));
                continue;
            }

            if (tokens[i].Kind != TokenKind.Number)
            {
                continue;
            }

            // "three and a half" → 3.5 (and on: "two and a half million").
            if (i + 3 < tokens.Count && tokens[i + 1].Lower == "and" && tokens[i + 2].Lower == "a" && tokens[i + 3].Lower == "half"
                && decimal.TryParse(tokens[i].Stem, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var halved) && halved < 1000)
            {
                Merge(tokens, i, i + 3, text, Figure(halved + 0.5m));
                i--;
                continue;
            }

            var figure = tokens[i].Stem;
            var letters = figure.Length;
            while (letters > 0 && char.IsLetter(figure[letters - 1]))
            {
                letters--;
            }

            if (letters < figure.Length && ScaleSuffixes.TryGetValue(figure[letters..], out var suffixScale)
                && (figure[letters..] is not ("m" or "k") || (tokens[i].Start > 0 && Currencies.Any(c => c.Sign == text[tokens[i].Start - 1])))
                && decimal.TryParse(figure[..letters], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var scaled))
            {
                tokens[i] = tokens[i] with { Stem = Figure(scaled * suffixScale) };
            }
            else if (i + 1 < tokens.Count && Scales.TryGetValue(tokens[i + 1].Lower, out var scale)
                && decimal.TryParse(figure, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                && (scale > 1_000m || value < 1000))
            {
                Merge(tokens, i, i + 1, text, Figure(value * scale));
                i--; // "six hundred" may go on: "six hundred and fifty"
            }
            else if (i + 2 < tokens.Count && tokens[i + 1].Lower == "and" && (tokens[i].Lower.EndsWith("hundred", StringComparison.Ordinal) || tokens[i].Lower.EndsWith("thousand", StringComparison.Ordinal))
                && tokens[i + 2].Kind == TokenKind.Number && !char.IsDigit(tokens[i + 2].Text[0])
                && int.TryParse(tokens[i].Stem, NumberStyles.None, CultureInfo.InvariantCulture, out var whole)
                && int.TryParse(tokens[i + 2].Stem, NumberStyles.None, CultureInfo.InvariantCulture, out var part) && part < 100)
            {
                // "six hundred and fifty" → 650, "two thousand and eleven" → 2011: words only, so "300 and 40" stays two figures.
                Merge(tokens, i, i + 2, text, (whole + part).ToString(CultureInfo.InvariantCulture));
            }
            else if (i + 1 < tokens.Count && tokens[i + 1].Lower is "decades" or "decade" && int.TryParse(figure, NumberStyles.None, CultureInfo.InvariantCulture, out var decades) && decades < 20)
            {
                // "two decades" → 20 (years), as a source writing "20 years" gives it.
                Merge(tokens, i, i + 1, text, (decades * 10).ToString(CultureInfo.InvariantCulture));
            }
            else if (i + 1 < tokens.Count && Fractions.TryGetValue(tokens[i + 1].Lower, out var share) && int.TryParse(figure, NumberStyles.None, CultureInfo.InvariantCulture, out var parts) && parts < 10)
            {
                // "three quarters" → 75, "four fifths" → 80: a share, which a source gives in percent.
                Merge(tokens, i, i + 1, text, (parts * share).ToString(CultureInfo.InvariantCulture));
            }
        }

        return tokens;
    }

    // "half a million", "a quarter of a billion": the last token and the value, if the words at i open such a figure.
    private static (int Last, decimal Value)? PartOfScale(ImmutableArray<Token>.Builder tokens, int i)
    {
        string Lower(int k) => k >= 0 && k < tokens.Count ? tokens[k].Lower : "";
        if (Lower(i) == "half" && Lower(i + 1) == "a" && Scales.TryGetValue(Lower(i + 2), out var scale) && scale >= 1_000_000m)
        {
            return (i + 2, scale / 2);
        }

        if (Lower(i) == "a" && Lower(i + 1) == "quarter" && Lower(i + 2) == "of" && Lower(i + 3) == "a" && Scales.TryGetValue(Lower(i + 4), out scale) && scale >= 1_000_000m)
        {
            return (i + 4, scale / 4);
        }

        // "about half of the world's cobalt": a share, which a source gives in percent (50).
        if (Lower(i) == "half" && Lower(i + 1) == "of" && Lower(i - 1) is not ("a" or "one" or "and"))
        {
            return (i, 50m);
        }

        return null;
    }

    // "three quarters", "four-fifths": the percent one part stands for (thirds are left alone: 33 or 33.3?).
    private static readonly FrozenDictionary<string, int> Fractions = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["quarter"] = 25, ["quarters"] = 25, ["fifth"] = 20, ["fifths"] = 20, ["tenth"] = 10, ["tenths"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Tokens first..last become one figure with the given value, keeping the text as written.
    private static void Merge(ImmutableArray<Token>.Builder tokens, int first, int last, string text, string value)
    {
        var raw = text[tokens[first].Start..tokens[last].End];
        tokens[first] = new Token(raw, tokens[first].Start, raw.ToLowerInvariant(), value, TokenKind.Number);
        tokens.RemoveRange(first + 1, last - first);
    }

    private static string Figure(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    // "5,000" → "5000", "01" → "1": one written form per value.
    private static string NormalFigure(string lower)
    {
        var figure = lower.Replace(",", "", StringComparison.Ordinal);
        return figure.Length > 1 && figure[0] == '0' && char.IsDigit(figure[1]) ? figure.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0" : figure;
    }

    private static void Add(ImmutableArray<Token>.Builder tokens, string text, int start, int end, TokenKind kind, Stemmer stemmer)
    {
        var raw = text[start..end];
        var lower = TextFolding.FoldQuotes(raw).ToLowerInvariant();
        if (kind == TokenKind.Word && NumberWordValue(lower) is { } value)
        {
            tokens.Add(new Token(raw, start, lower, value.ToString(CultureInfo.InvariantCulture), TokenKind.Number));
            return;
        }

        // A figure compares without its thousands separators: "5,000" and "5000" (and "five thousand") are one value.
        var stem = kind switch
        {
            TokenKind.Word => stemmer.Stem(lower),
            TokenKind.Number => NormalFigure(lower),
            _ => lower,
        };
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
            else if (c == '-' && end + 1 < text.Length && char.IsUpper(text[end + 1]) && char.IsUpper(text[i]) && end - i >= 3)
            {
                break; // "Ethiopian-Eritrean", "China-Solomon Islands": two names, each a word ("Al-Khafaji" stays whole)
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

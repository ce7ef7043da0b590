using System.Collections.Frozen;
using ClaimCheck.Claims;
using ClaimCheck.Entities;

namespace ClaimCheck.Analysis;

/// <summary>
/// Who holds which office, from the office claims: lets "the US Ambassador to Iraq" or "Iraq's prime minister"
/// be read as the person the sources name (claim-guided reading).
/// </summary>
internal sealed class OfficeDirectory
{
    public const string UnknownPersonPrefix = "unknown-person:";

    private readonly FrozenDictionary<(string Role, string Of), string> _holders;
    private readonly Lexicon _lexicon;

    public OfficeDirectory(IEnumerable<Claim> claims, Lexicon lexicon)
    {
        _lexicon = lexicon;
        var holders = new Dictionary<(string, string), string>();
        foreach (var claim in claims)
        {
            if (claim.Kind == ClaimKind.Office && claim.Polarity == Polarity.Asserted
                && claim.Slot("person")?.First is { } person && claim.Slot("of")?.First is { } of && claim.Slot("role")?.First is { } role)
            {
                holders.TryAdd((CanonicalRole(role, lexicon), of), person);
            }
        }

        _holders = holders.ToFrozenDictionary();
    }

    public static OfficeDirectory Empty { get; } = new([], Lexicon.Default);

    /// <summary>The canonical role a title names ("premier" → "prime minister"); the text itself when unknown.</summary>
    public static string CanonicalRole(string title, Lexicon lexicon)
    {
        var tokens = Tokenizer.Tokenize(title, lexicon.Stemmer);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (lexicon.Office.Roles.MatchAt(tokens, i) is { } match)
            {
                return match.Value;
            }
        }

        return title.Trim().ToLowerInvariant();
    }

    /// <summary>If the subject is a country named as an office's ("US Ambassador…", "Iraqi Prime Minister…"), the holder's id.</summary>
    public string? ResolveRoleSubject(ClauseContext clause, (Entity Entity, int First, int End) subject)
    {
        var tokens = clause.Tokens;
        var next = subject.End;
        if (next < tokens.Length && tokens[next].Lower is "'s" or "'")
        {
            next++;
        }

        if (_lexicon.Office.Roles.MatchAt(tokens, next) is { } role && _holders.TryGetValue((role.Value, subject.Entity.Id), out var person))
        {
            return person;
        }

        // "the Prime Minister of Iraq said…": the role comes before the subject.
        for (var i = Math.Max(0, subject.First - 4); i < subject.First; i++)
        {
            if (_lexicon.Office.Roles.MatchAt(tokens, i) is { } before && i + before.Phrase.Length < subject.First && tokens[i + before.Phrase.Length].Lower is "of" or "for"
                && _holders.TryGetValue((before.Value, subject.Entity.Id), out var holder))
            {
                return holder;
            }
        }

        return null;
    }

    /// <summary>A role phrase at the start of the clause resolved to its holder, or null.</summary>
    public string? ResolveRoleAt(ClauseContext clause, int index)
    {
        var tokens = clause.Tokens;
        var i = index;
        if (i < tokens.Length && tokens[i].Lower == "the")
        {
            i++;
        }

        if (_lexicon.Office.Roles.MatchAt(tokens, i) is not { } role)
        {
            return null;
        }

        var after = i + role.Phrase.Length;
        if (after < tokens.Length && tokens[after].Lower is "of" or "for" && clause.Text.MentionAt(after + 1) is { } of
            && _holders.TryGetValue((role.Value, of.Entity.Id), out var person))
        {
            return person;
        }

        return null;
    }
}

using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using ClaimCheck.Storage;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Analysis;

/// <summary>
/// The English lexicon of the analyser (Resources/lexicon.json), compiled into phrase sets over stems:
/// negation, modality, attribution, frame triggers and values, synonyms and antonyms.
/// </summary>
internal sealed class Lexicon
{
    private readonly FrozenDictionary<string, string> _synonymOf;
    private readonly Dictionary<string, ImmutableArray<string>> _senses;
    private readonly FrozenSet<(string, string)> _antonyms;

    private Lexicon(JObject root, Stemmer stemmer, string wordNet)
    {
        Stemmer = stemmer;
        Stopwords = Stems(root["stopwords"], stemmer).ToFrozenSet(StringComparer.Ordinal);
        var negation = (JObject)root["negation"]!;
        NegationWords = Set(negation["words"], stemmer);
        NegationPhrases = Set(negation["phrases"], stemmer);
        NotNegation = Set(negation["notNegation"], stemmer);

        var modality = (JObject)root["modality"]!;
        QuestionStarters = Stems(modality["questionStarters"], stemmer).ToFrozenSet(StringComparer.Ordinal);
        ConditionalStarters = Set(modality["conditionalStarters"], stemmer);
        Modals = Set(modality["modals"], stemmer);
        OpinionVerbs = Set(modality["opinionVerbs"], stemmer);
        OpinionHolders = Stems(modality["opinionHolders"], stemmer).ToFrozenSet(StringComparer.Ordinal);
        OpinionMarkers = Set(modality["opinionMarkers"], stemmer);
        Evaluative = Set(modality["evaluative"], stemmer);

        var attribution = (JObject)root["attribution"]!;
        AttributionPrefixes = Set(attribution["prefixes"], stemmer);
        ReportingVerbs = Set(attribution["reportingVerbs"], stemmer);
        Hedges = Set(attribution["hedges"], stemmer);

        var frames = (JObject)root["frames"]!;
        Membership = new MembershipWords(frames["membership"]!, stemmer);
        Vote = new VoteWords(frames["vote"]!, stemmer);
        Relations = new RelationsWords(frames["relations"]!, stemmer);
        Sanctions = new SanctionsWords(frames["sanctions"]!, stemmer);
        Stance = new StanceWords(frames["stance"]!, stemmer);
        Transaction = new TransactionWords(frames["transaction"]!, stemmer);
        Event = new EventWords(frames["event"]!, stemmer);
        Office = new OfficeWords(frames["office"]!, stemmer);
        Statement = Set(frames["statement"]!["verbs"], stemmer);
        Quantity = new QuantityWords(frames["quantity"]!, stemmer);

        // A word may belong to several groups, one per sense ("hit": attack, affect); its first group is its canonical form.
        var senses = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var group in root["synonyms"]!.Children<JArray>())
        {
            var stems = Stems(group, stemmer).ToList();
            foreach (var stem in stems)
            {
                if (!senses.TryGetValue(stem, out var heads))
                {
                    senses[stem] = heads = [];
                }

                if (!heads.Contains(stems[0]))
                {
                    heads.Add(stems[0]);
                }
            }
        }

        _synonymOf = senses.ToFrozenDictionary(p => p.Key, p => p.Value[0], StringComparer.Ordinal);
        var general = GeneralSenses(wordNet, stemmer, Stopwords);
        // A plain dictionary: freezing tens of thousands of WordNet stems costs more start-up time than it saves.
        var all = new Dictionary<string, ImmutableArray<string>>(senses.Count + general.Count, StringComparer.Ordinal);
        foreach (var (stem, heads) in senses)
        {
            all[stem] = heads.Count == 1 && heads[0] == stem && !general.ContainsKey(stem) ? [stem]
                : heads.Prepend(stem).Concat(general.GetValueOrDefault(stem) ?? []).Distinct(StringComparer.Ordinal).ToImmutableArray();
        }

        foreach (var (stem, ids) in general)
        {
            if (!all.ContainsKey(stem))
            {
                var builder = ImmutableArray.CreateBuilder<string>(ids.Count + 1);
                builder.Add(stem);
                builder.AddRange(ids);
                all[stem] = builder.MoveToImmutable();
            }
        }

        _senses = all;
        var antonyms = new HashSet<(string, string)>();
        foreach (var pair in root["antonyms"]!.Children<JArray>())
        {
            var a = Canonical(stemmer.Stem((string)pair[0]!));
            var b = Canonical(stemmer.Stem((string)pair[1]!));
            antonyms.Add((a, b));
            antonyms.Add((b, a));
        }

        _antonyms = antonyms.ToFrozenSet();
        PhraseSynonyms = Valued(root["phraseSynonyms"], stemmer);
        ControlVerbs = Stems(root["controlVerbs"], stemmer).ToFrozenSet(StringComparer.Ordinal);
        DirectiveVerbs = Set(root["directiveVerbs"], stemmer);
        LightPhrases = Set(root["light"], stemmer);
        Approximators = root["approximators"]!.Values<string>().OfType<string>().ToFrozenSet(StringComparer.Ordinal);
        VerbStems = CollectVerbs(root, frames, stemmer);
        DifferentEvent = Stems(root["differentEvent"], stemmer).ToFrozenSet(StringComparer.Ordinal);
        Universal = Stems(root["universal"], stemmer).ToFrozenSet(StringComparer.Ordinal);
        Hedged = Stems(root["hedged"], stemmer).ToFrozenSet(StringComparer.Ordinal);
        ActorNouns = Stems(root["actorNouns"], stemmer).ToFrozenSet(StringComparer.Ordinal);
        StandIns = Stems(root["standIns"], stemmer).ToFrozenSet(StringComparer.Ordinal);
        FramingVerbs = root["framingVerbs"]!.Values<string>().OfType<string>().ToFrozenSet(StringComparer.Ordinal);
    }

    public static Lexicon Default { get; } = new(JObject.Parse(EmbeddedResources.ReadText("lexicon.json")), Stemmer.Default, EmbeddedResources.ReadText("wordnet-senses.txt"));

    // WordNet's dominant senses (Resources/wordnet-senses.txt, "word<TAB>synset numbers"; tools/wordnet), keyed by
    // stem: two words that share a synset compare as synonyms, through a sense "~N". Single words only, not stopwords.
    private static Dictionary<string, List<string>> GeneralSenses(string text, Stemmer stemmer, IReadOnlySet<string> excluded)
    {
        var senses = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var names = new Dictionary<int, string>(); // one "~N" string per synset
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value);
            var tab = line.IndexOf('\t');
            if (tab <= 0 || line[0] == '#' || line[..tab].Contains(' '))
            {
                continue;
            }

            var stem = stemmer.Stem(line[..tab].ToString());
            if (excluded.Contains(stem))
            {
                continue;
            }

            if (!senses.TryGetValue(stem, out var list))
            {
                senses[stem] = list = [];
            }

            var ids = line[(tab + 1)..];
            foreach (var part in ids.Split(' '))
            {
                var id = int.Parse(ids[part], CultureInfo.InvariantCulture);
                if (!names.TryGetValue(id, out var name))
                {
                    names[id] = name = "~" + id.ToString(CultureInfo.InvariantCulture);
                }

                if (!list.Contains(name))
                {
                    list.Add(name);
                }
            }
        }

        return senses;
    }

    public Stemmer Stemmer { get; }

    /// <summary>
    /// Verbs that hand their meaning to the verb they control ("agreed to halt", "insisted on continuing"): the act is
    /// the controlled verb's, so they are no content of their own.
    /// </summary>
    public FrozenSet<string> ControlVerbs { get; }

    /// <summary>
    /// Verbs that ask someone else to act ("urged Ethiopia to withdraw", "demanding that Russia withdraw"): the act after
    /// them is asked for, not done.
    /// </summary>
    public PhraseSet<bool> DirectiveVerbs { get; }

    /// <summary>Words that make the figure after them approximate ("almost 38 million", "about 7 billion"), lowercase.</summary>
    public FrozenSet<string> Approximators { get; }

    /// <summary>
    /// Words and phrases that carry no fact of their own in a statement ("took place", "amounted to", "between",
    /// "roughly"): a sentence need not contain them to cover it.
    /// </summary>
    public PhraseSet<bool> LightPhrases { get; }

    /// <summary>Whether token <paramref name="index"/> is a control verb used as one (followed by "to" or "on").</summary>
    public bool IsControlVerb(ImmutableArray<Token> tokens, int index) =>
        ControlVerbs.Contains(tokens[index].Stem) && index + 1 < tokens.Length && tokens[index + 1].Lower is "to" or "on";

    /// <summary>Multi-word expressions that mean one word ("lost their lives" → die, "took part" → participate).</summary>
    public PhraseSet<string> PhraseSynonyms { get; }

    /// <summary>The senses of a phrase synonym's meaning word.</summary>
    public ImmutableArray<string> PhraseSenses(string meaning) => Senses(Stemmer.Stem(meaning));

    public FrozenSet<string> Stopwords { get; }

    public PhraseSet<bool> NegationWords { get; }

    public PhraseSet<bool> NegationPhrases { get; }

    public PhraseSet<bool> NotNegation { get; }

    public FrozenSet<string> QuestionStarters { get; }

    public PhraseSet<bool> ConditionalStarters { get; }

    public PhraseSet<bool> Modals { get; }

    public PhraseSet<bool> OpinionVerbs { get; }

    public FrozenSet<string> OpinionHolders { get; }

    public PhraseSet<bool> OpinionMarkers { get; }

    /// <summary>Judgement words ("the wisest course", "a mistake"): a statement built on them is an opinion.</summary>
    public PhraseSet<bool> Evaluative { get; }

    public PhraseSet<bool> AttributionPrefixes { get; }

    public PhraseSet<bool> ReportingVerbs { get; }

    public PhraseSet<bool> Hedges { get; }

    public MembershipWords Membership { get; }

    public VoteWords Vote { get; }

    public RelationsWords Relations { get; }

    public SanctionsWords Sanctions { get; }

    public StanceWords Stance { get; }

    public TransactionWords Transaction { get; }

    public EventWords Event { get; }

    public OfficeWords Office { get; }

    public PhraseSet<bool> Statement { get; }

    public QuantityWords Quantity { get; }

    /// <summary>Words that mark another occurrence of an event ("a second withdrawal"): a different date is then not a contradiction.</summary>
    public FrozenSet<string> DifferentEvent { get; }

    /// <summary>Universal quantifiers ("every", "always"): a source that hedges ("often") does not support them.</summary>
    public FrozenSet<string> Universal { get; }

    /// <summary>Nouns that stand for an actor ("forces", "government"): part of the actor, not content.</summary>
    public FrozenSet<string> ActorNouns { get; }

    /// <summary>Verbs that only frame what follows "as" ("described the coordination as weak"); lowercase forms.</summary>
    public FrozenSet<string> FramingVerbs { get; }

    /// <summary>Nouns that, after a country's name, stand for the country acting ("American forces", "the Iraqi delegation"); stems.</summary>
    public FrozenSet<string> StandIns { get; }

    /// <summary>Hedges and frequency words in claims' qualifiers ("often", "generally").</summary>
    public FrozenSet<string> Hedged { get; }

    /// <summary>Stems that are (usually) verbs: the lexicon's predicate words and common verbs.</summary>
    public FrozenSet<string> VerbStems { get; }

    /// <summary>Whether a token is probably a verb (used to find predicates and clause boundaries).</summary>
    /// <summary>A form of "to be" that makes a passive with a past participle ("was seized", "been rejected").</summary>
    public static bool IsBeForm(string lower) => lower is "be" or "been" or "is" or "are" or "was" or "were";

    public bool IsVerb(Token token) => token.IsWord && VerbStems.Contains(token.Stem);

    /// <summary>The canonical member of a stem's synonym group (the stem itself when it has none).</summary>
    public string Canonical(string stem) => _synonymOf.GetValueOrDefault(stem, stem);

    /// <summary>
    /// Every form a stem compares as: itself and the canonical form of each synonym group it belongs to. Two words match
    /// when their senses meet.
    /// </summary>
    public ImmutableArray<string> Senses(string stem) => _senses.TryGetValue(stem, out var senses) ? senses : [stem];

    /// <summary>Whether one of the stem's senses is in <paramref name="set"/> (as <c>Senses(stem).Any(set.Contains)</c>, without allocating).</summary>
    public bool SharesSense(string stem, IReadOnlySet<string> set)
    {
        if (!_senses.TryGetValue(stem, out var senses))
        {
            return set.Contains(stem);
        }

        foreach (var sense in senses)
        {
            if (set.Contains(sense))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of the stem's senses is among <paramref name="senses"/> (a word's senses).</summary>
    public bool SharesSense(string stem, ImmutableArray<string> senses)
    {
        if (!_senses.TryGetValue(stem, out var own))
        {
            return senses.Contains(stem);
        }

        foreach (var sense in own)
        {
            if (senses.Contains(sense))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether two stems are antonyms (after synonym folding).</summary>
    public bool AreAntonyms(string a, string b) => _antonyms.Contains((Canonical(a), Canonical(b)));

    /// <summary>Whether a stem is a content word (not a stopword).</summary>
    public bool IsContent(Token token) => token.Kind != TokenKind.Punctuation && !Stopwords.Contains(token.Stem);

    private static FrozenSet<string> CollectVerbs(JObject root, JObject frames, Stemmer stemmer)
    {
        string[] notVerbs = ["second", "against", "pro", "anti", "for", "no", "yes", "in", "of", "neutral", "neutrality", "impartial", "impartiality", "member", "members", "membership", "relations", "relation", "relationship", "ties", "tie", "sanction", "sanctions", "embargo", "higher", "lower", "up", "down", "stable", "flat", "steady", "abstention", "abstentions", "ballot", "withdrawal", "removal", "invasion", "pullout", "pull-out", "ouster", "departure", "closure", "recognition", "condemnation", "friendly", "hostile", "strategic", "diplomatic", "formal", "official"];
        string[] common = ["be", "have", "do", "take", "make", "maintain", "seek", "focus", "coordinate", "rely", "establish", "keep", "remain", "continue", "become", "face", "raise", "use", "hold", "give", "play", "send", "cooperate", "host", "accuse", "own", "produce", "affect", "impact", "benefit", "sign", "recognise", "recognize", "announce", "insist", "ensure", "balance", "shape", "encourage", "influence", "stabilise", "stabilize", "enjoy", "develop", "monitor", "launch", "protect", "reject", "avoid", "refrain", "fail", "refuse", "decline", "lack", "abstain", "vote", "join", "leave", "belong", "exceed", "reach", "include", "own", "need", "want", "plan", "agree", "disagree", "tried", "try", "help", "allow", "ban", "block", "veto", "approve", "pass", "adopt", "elect", "appoint", "name", "serve", "lead", "head", "govern", "rule", "control", "win", "lose"];
        var verbs = new HashSet<string>(StringComparer.Ordinal);
        void AddFirstWords(JToken? token)
        {
            switch (token)
            {
                case JArray array:
                    foreach (var item in array)
                    {
                        AddFirstWords(item);
                    }

                    break;
                case JObject obj:
                    foreach (var property in obj.Properties())
                    {
                        AddFirstWords(property.Value);
                    }

                    break;
                case JValue { Type: JTokenType.String } value:
                    var first = ((string)value!).Split(' ')[0].ToLowerInvariant();
                    if (!notVerbs.Contains(first))
                    {
                        verbs.Add(stemmer.Stem(first));
                    }

                    break;
            }
        }

        AddFirstWords(frames["statement"]);
        AddFirstWords(frames["event"]!["actions"]);
        AddFirstWords(frames["transaction"]!["buy"]);
        AddFirstWords(frames["transaction"]!["sell"]);
        AddFirstWords(frames["vote"]!["triggers"]);
        AddFirstWords(frames["sanctions"]!["actions"]);
        AddFirstWords(frames["stance"]!["values"]);
        AddFirstWords(frames["membership"]!["leave"]);
        AddFirstWords(frames["quantity"]!["directions"]);
        AddFirstWords(frames["relations"]!["breakVerbs"]);
        AddFirstWords(root["negation"]!["phrases"]);
        AddFirstWords(root["attribution"]!["reportingVerbs"]);
        foreach (var verb in common)
        {
            verbs.Add(stemmer.Stem(verb));
        }

        return verbs.ToFrozenSet(StringComparer.Ordinal);
    }

    internal static IEnumerable<string> Stems(JToken? array, Stemmer stemmer) =>
        array?.Children().Select(t => stemmer.Stem(((string)t!).ToLowerInvariant())) ?? [];

    internal static PhraseSet<bool> Set(JToken? array, Stemmer stemmer) =>
        new(array?.Children().Select(t => (Phrase.Parse((string)t!, stemmer), true)) ?? []);

    internal static PhraseSet<string> Valued(JToken? map, Stemmer stemmer) =>
        new(map is JObject o
            ? o.Properties().SelectMany(p => p.Value.Children().Select(t => (Phrase.Parse((string)t!, stemmer), p.Name)))
            : []);

}

internal sealed class MembershipWords(JToken data, Stemmer stemmer)
{
    public PhraseSet<bool> Triggers { get; } = Lexicon.Set(data["triggers"], stemmer);

    public PhraseSet<bool> Leave { get; } = Lexicon.Set(data["leave"], stemmer);

    public PhraseSet<bool> Includes { get; } = Lexicon.Set(data["includes"], stemmer);

    public PhraseSet<string> Status { get; } = Lexicon.Valued(data["status"], stemmer);
}

internal sealed class VoteWords(JToken data, Stemmer stemmer)
{
    public PhraseSet<bool> Triggers { get; } = Lexicon.Set(data["triggers"], stemmer);

    public PhraseSet<bool> MotionNouns { get; } = Lexicon.Set(data["motionNouns"], stemmer);

    public PhraseSet<bool> MotionVerbs { get; } = Lexicon.Set(data["motionVerbs"], stemmer);

    public PhraseSet<string> Positions { get; } = Lexicon.Valued(data["positions"], stemmer);

    public PhraseSet<string> MotionActions { get; } = Lexicon.Valued(data["motionActions"], stemmer);
}

internal sealed class RelationsWords(JToken data, Stemmer stemmer)
{
    public PhraseSet<bool> Nouns { get; } = Lexicon.Set(data["nouns"], stemmer);

    public PhraseSet<string> Status { get; } = Lexicon.Valued(data["status"], stemmer);

    public PhraseSet<bool> BreakVerbs { get; } = Lexicon.Set(data["breakVerbs"], stemmer);

    public PhraseSet<bool> OpposeVerbs { get; } = Lexicon.Set(data["opposeVerbs"], stemmer);
}

internal sealed class SanctionsWords(JToken data, Stemmer stemmer)
{
    public PhraseSet<bool> Triggers { get; } = Lexicon.Set(data["triggers"], stemmer);

    public PhraseSet<string> Actions { get; } = Lexicon.Valued(data["actions"], stemmer);
}

internal sealed class StanceWords(JToken data, Stemmer stemmer)
{
    public PhraseSet<string> Values { get; } = Lexicon.Valued(data["values"], stemmer);

    public PhraseSet<bool> TopicNouns { get; } = Lexicon.Set(data["topicNouns"], stemmer);
}

internal sealed class TransactionWords(JToken data, Stemmer stemmer)
{
    public PhraseSet<bool> Buy { get; } = Lexicon.Set(data["buy"], stemmer);

    public PhraseSet<bool> Sell { get; } = Lexicon.Set(data["sell"], stemmer);

    public PhraseSet<bool> MadeIn { get; } = Lexicon.Set(data["madeIn"], stemmer);
}

internal sealed class EventWords(JToken data, Stemmer stemmer)
{
    public PhraseSet<string> Actions { get; } = Lexicon.Valued(data["actions"], stemmer);
}

internal sealed class OfficeWords(JToken data, Stemmer stemmer)
{
    public PhraseSet<string> Roles { get; } = Lexicon.Valued(data["roles"], stemmer);
}

internal sealed class QuantityWords
{
    public QuantityWords(JToken data, Stemmer stemmer)
    {
        Directions = Lexicon.Valued(data["directions"], stemmer);
        Measures = Lexicon.Set(data["measures"], stemmer);
        CauseMarkers = Lexicon.Set(data["causeMarkers"], stemmer);
        Comparators = Lexicon.Valued(data["comparators"], stemmer);
        Scales = ((JObject)data["scales"]!).Properties().ToFrozenDictionary(p => p.Name, p => double.Parse((string)p.Value!, CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }

    public PhraseSet<string> Directions { get; }

    public PhraseSet<bool> Measures { get; }

    public PhraseSet<bool> CauseMarkers { get; }

    public PhraseSet<string> Comparators { get; }

    public FrozenDictionary<string, double> Scales { get; }
}

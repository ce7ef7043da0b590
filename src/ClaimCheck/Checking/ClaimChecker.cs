using System.Collections.Immutable;
using ClaimCheck.Analysis;
using ClaimCheck.Claims;
using ClaimCheck.Entities;
using ClaimCheck.Rules;

namespace ClaimCheck.Checking;

/// <summary>
/// Checks statements against a claim base. Build it once with <see cref="Create"/>; it is immutable,
/// thread-safe and reusable. Data flow: statement → atoms (modality, negation, frames) → candidate claims
/// (from the entity index) → rules → verdict with evidence.
/// </summary>
public sealed class ClaimChecker
{
    private readonly StatementAnalyzer _analyzer;
    private readonly FrameMatcher _matcher;
    private readonly SentenceAligner _aligner;
    private readonly ClaimIndex _index;
    private readonly ImmutableArray<IndexedSentence> _sentences;
    private readonly ILookup<string, IndexedSentence> _sentencesByEntity;
    private readonly ILookup<string, IndexedSentence> _sentencesByStem;
    private readonly Dictionary<(string Source, int Number), IndexedSentence> _sentencesByNumber;
    private readonly Speakers _speakers;

    private ClaimChecker(ClaimBase claimBase, CheckerOptions options)
    {
        ClaimBase = claimBase;
        Options = options;
        var lexicon = Lexicon.Default;
        var terms = new TermMatcher(claimBase.Knowledge, lexicon.Stemmer);
        _analyzer = new StatementAnalyzer(lexicon, claimBase.Entities, terms, new OfficeDirectory(claimBase.Claims, lexicon));
        _matcher = new FrameMatcher(claimBase.Knowledge, claimBase.Entities, lexicon);
        _aligner = new SentenceAligner(lexicon, claimBase.Entities);
        _index = new ClaimIndex(claimBase.Claims);
        _sentences = IndexSentences(claimBase);
        _sentencesByNumber = _sentences.ToDictionary(s => (s.Source.Id, s.Sentence.Number));
        _speakers = new Speakers(claimBase, _analyzer);
        _sentencesByEntity = _sentences.SelectMany(s => s.EntityIds.Select(id => (id, s))).ToLookup(p => p.id, p => p.s, StringComparer.Ordinal);
        _sentencesByStem = _sentences.Where(s => claimBase.ReferenceSources.Contains(s.Source.Id))
            .SelectMany(s => s.Stems.Select(stem => (stem, s))).ToLookup(p => p.stem, p => p.s, StringComparer.Ordinal);
    }

    /// <summary>The claim base statements are checked against.</summary>
    public ClaimBase ClaimBase { get; }

    /// <summary>The options in use.</summary>
    public CheckerOptions Options { get; }

    /// <summary>Builds a checker over <paramref name="claimBase"/>.</summary>
    public static ClaimChecker Create(ClaimBase claimBase, CheckerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(claimBase);
        return new ClaimChecker(claimBase, options ?? CheckerOptions.Default);
    }

    /// <summary>Checks one statement (one sentence; several atoms are judged separately and aggregated).</summary>
    public CheckResult Check(string statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var atoms = _analyzer.Analyze(statement);
        var results = atoms.Select(Judge).ToImmutableArray();
        if (results.IsEmpty)
        {
            var empty = new StatementAtom { Text = statement, Start = 0, Length = statement.Length };
            results = [new AtomResult(empty, Verdict.NotEnoughInfo, BuiltInRules.NoClaim, "The statement has no words to check.", [], [])];
        }

        return Aggregate(statement, results);
    }

    /// <summary>
    /// Checks every sentence of a document (Markdown or plain text) and says where each one is: see
    /// <see cref="Documents.DocumentResult"/>. Sentences that assert nothing about a known entity are skipped, and
    /// Markdown suppression comments are honoured. Deterministic and thread-safe.
    /// </summary>
    /// <param name="path">The document's path as it should be reported.</param>
    /// <param name="text">The document's full text.</param>
    /// <param name="format">How to read it.</param>
    public Documents.DocumentResult CheckDocument(string path, string text, Documents.DocumentFormat format) =>
        Documents.DocumentChecker.Check(this, path, text, format);

    /// <summary>
    /// Claims from different sources that contradict each other: each claim is read as a statement and checked
    /// against the claims of other sources with the frame rules. Each pair is reported once.
    /// </summary>
    public ImmutableArray<ClaimConflict> FindConflicts()
    {
        var conflicts = ImmutableArray.CreateBuilder<ClaimConflict>();
        var seen = new HashSet<(string, string)>();
        foreach (var claim in ClaimBase.Claims)
        {
            var frame = Frame.Of(claim);
            var source = claim.Provenance[0].SourceId;
            var candidates = _index.Candidates(frame.Kind, claim.EntityIds()).Where(c => c.Provenance.All(p => p.SourceId != source)).ToImmutableArray();
            if (candidates.IsEmpty)
            {
                continue;
            }

            var atom = new StatementAtom { Text = claim.Provenance[0].Quote, Start = 0, Length = claim.Provenance[0].Quote.Length, Frames = [frame], Time = claim.Time };
            var context = new RuleContext(atom, frame, candidates, ClaimBase.Knowledge, ClaimBase.Entities, _matcher);
            foreach (var rule in Options.Rules.Enabled)
            {
                if (rule.Evaluate(context) is not { Verdict: Verdict.Contradicted } outcome)
                {
                    continue;
                }

                foreach (var other in outcome.Claims)
                {
                    var key = string.CompareOrdinal(claim.Id, other.Id) < 0 ? (claim.Id, other.Id) : (other.Id, claim.Id);
                    if (seen.Add(key))
                    {
                        conflicts.Add(new ClaimConflict(claim, other, rule.Descriptor, outcome.Explanation));
                    }
                }
            }
        }

        return conflicts.ToImmutable();
    }

    private AtomResult Judge(StatementAnalyzer.AnalyzedAtom analyzed)
    {
        var atom = analyzed.Atom;
        if (atom.Modality == Modality.Prediction && analyzed.Clause is not null && AlignPlan(analyzed) is { } plan)
        {
            return plan;
        }

        if (atom.Modality != Modality.Assertion || analyzed.Clause is null)
        {
            return new AtomResult(atom, Verdict.NotEnoughInfo, BuiltInRules.NonAssertion, $"The statement is {Describe(atom.Modality)}: it asserts nothing the sources can settle.", [], []);
        }

        var rules = Options.Rules;
        var compared = new List<string>();
        var outcomes = new List<(RuleDescriptor Rule, RuleOutcome Outcome)>();
        foreach (var frame in atom.Frames.Where(f => !f.IsHypothetical).SelectMany(f => Equivalences.Expand(f, ClaimBase.Knowledge).Prepend(f)))
        {
            var candidates = _index.Candidates(frame.Kind, frame.Slots.Values.Where(v => v.Type is SlotType.Entity or SlotType.Entities).SelectMany(v => v.Values));
            compared.AddRange(candidates.Select(c => c.Id));
            var context = new RuleContext(atom, frame, candidates, ClaimBase.Knowledge, ClaimBase.Entities, _matcher);
            foreach (var rule in rules.Enabled)
            {
                if (rule.Evaluate(context) is { } outcome && !outcome.Claims.IsEmpty && !((frame.IsPresupposed || frame.HasUnplacedNegation) && outcome.Verdict == Verdict.Supported))
                {
                    outcomes.Add((rule.Descriptor, outcome));
                }
            }
        }

        var comparedIds = compared.Distinct(StringComparer.Ordinal).ToImmutableArray();

        // "a second withdrawal in 2021" is another event, not a misdated one.
        if (analyzed.Clause.Tokens.Any(t => Lexicon.Default.DifferentEvent.Contains(t.Stem)))
        {
            outcomes.RemoveAll(o => o.Rule.Id == BuiltInRules.DateMismatch.Id);
        }

        // "abstained in every vote" is not supported by "often abstained".
        if (analyzed.Clause.Tokens.Any(t => Lexicon.Default.Universal.Contains(t.Stem)))
        {
            outcomes.RemoveAll(o => o.Outcome.Verdict == Verdict.Supported && o.Outcome.Claims.Any(c => c.Qualifiers.Any(q => Lexicon.Default.Hedged.Contains(Lexicon.Default.Stemmer.Stem(q.Split(' ')[0].ToLowerInvariant())))));
        }
        var contradicted = outcomes.Where(o => o.Outcome.Verdict == Verdict.Contradicted).ToList();
        var supported = outcomes.Where(o => o.Outcome.Verdict == Verdict.Supported).ToList();
        if (contradicted.Count > 0 && supported.Count > 0 && rules.IsEnabled(BuiltInRules.ConflictingEvidence.Id))
        {
            var claims = contradicted.Concat(supported).SelectMany(o => o.Outcome.Claims);
            return new AtomResult(atom, Verdict.NotEnoughInfo, BuiltInRules.ConflictingEvidence, $"Some claims support the statement and some contradict it ({contradicted[0].Rule.Id} and {supported[0].Rule.Id}).", EvidenceOf(claims), comparedIds);
        }

        if (contradicted.Count > 0 || supported.Count > 0)
        {
            var chosen = contradicted.Count > 0 ? contradicted : supported;
            var evidence = EvidenceOf(chosen.SelectMany(o => o.Outcome.Claims));
            var framed = Guard(new AtomResult(atom, chosen[0].Outcome.Verdict, chosen[0].Rule, chosen[0].Outcome.Explanation, evidence, comparedIds), analyzed);

            // A frame match the guard turned down ("2.7 million people" where the source gives 7.2 million) may still be
            // contradicted by the sentence itself.
            if (framed.Verdict == Verdict.NotEnoughInfo && Align(analyzed, comparedIds) is { Verdict: Verdict.Contradicted } sentenceLevel)
            {
                return sentenceLevel;
            }

            return framed;
        }

        return Align(analyzed, comparedIds) ?? NotEnoughInfo(atom, comparedIds);
    }

    // A prediction or plan is settled only by a source sentence that states a plan or prediction itself ("Transit will
    // continue, he said"): a fact the sources report as done says nothing about what someone will do.
    private AtomResult? AlignPlan(StatementAnalyzer.AnalyzedAtom analyzed)
    {
        var plans = CandidateSentences(analyzed.Atom).Where(s => Lexicon.Default.Modals.FindAll(s.Text.Tokens).Any()).ToList();
        if (plans.Count == 0 || _aligner.Align(analyzed.Clause!, plans, Options.Rules, recurring: false) is not { Verdict: not Verdict.NotEnoughInfo } alignment)
        {
            return null;
        }

        var result = Guarded(analyzed, alignment, []);
        return result.Verdict == Verdict.NotEnoughInfo ? null : result;
    }

    private AtomResult? Align(StatementAnalyzer.AnalyzedAtom analyzed, ImmutableArray<string> comparedIds)
    {
        var atom = analyzed.Atom;
        var sentences = CandidateSentences(atom);

        // "According to Al-Khafaji, …": the sentences that quote the statement's speaker first, so that they are cited.
        if (!analyzed.AttributedTo.IsEmpty)
        {
            sentences = [.. sentences.OrderBy(s => _speakers.Quotes(s, analyzed.AttributedTo) ? 0 : 1)];
        }

        return _aligner.Align(analyzed.Clause!, sentences, Options.Rules, recurring: atom.Frames.Any(f => f.Kind == ClaimKind.Quantity)) is { } alignment
            ? Guarded(analyzed, alignment, comparedIds)
            : null;
    }

    // A sentence alignment as an atom's result, citing its sentences, through the precision guard.
    private AtomResult Guarded(StatementAnalyzer.AnalyzedAtom analyzed, SentenceAligner.Alignment alignment, ImmutableArray<string> comparedIds)
    {
        var evidence = alignment.Sentences.Select(s => s.ToEvidence(s.Claims.FirstOrDefault())).ToImmutableArray();
        ImmutableArray<string> compared = [.. comparedIds.Concat(alignment.Sentences.SelectMany(s => s.Claims.Select(c => c.Id))).Distinct(StringComparer.Ordinal)];
        return Guard(new AtomResult(analyzed.Atom, alignment.Verdict, alignment.Rule, alignment.Explanation, evidence, compared), analyzed);
    }

    /// <summary>
    /// Precision guard: a supported verdict whose statement names something the evidence never mentions
    /// (a proper name or a model designation such as "S-400") is only partly covered: not enough info.
    /// </summary>
    private AtomResult Guard(AtomResult result, StatementAnalyzer.AnalyzedAtom analyzed)
    {
        var clause = analyzed.Clause!;
        // A contradiction read from a typed claim is about the statement's thing only if the evidence names its model
        // designation: "signed a deal for F-15EX jets" is not denied by "abandoned a deal for Su-35 jets".
        if (result.Verdict == Verdict.Contradicted && result.Rule.Id.StartsWith("CC10", StringComparison.Ordinal)
            && clause.Tokens.FirstOrDefault(t => IsModelDesignation(t) && !result.Evidence.Any(e => e.SentenceText.Contains(t.Text, StringComparison.OrdinalIgnoreCase))) is { } model)
        {
            return NeverMentioned(result, model.Text);
        }

        if (result.Verdict != Verdict.Supported)
        {
            return result;
        }

        var evidenceText = string.Join(" ", result.Evidence.Select(e => e.SentenceText)).ToLowerInvariant();
        var tokens = clause.Tokens;

        // "Samoa opened an embassy in Tokyo" is not supported by "Samoa plans to open an embassy in Tokyo": the
        // source states a plan, not a fact.
        // The predicate first; then, in a statement with no modal of its own ("wary of moves that could…"), any word,
        // since a verb the reader took for a noun ("China shares data") is still the act the source only plans ("China
        // would share data").
        // Each evidence sentence's modals and directive verbs are found once, not once per word of the statement.
        var plans = result.Evidence.Select(e => PlanReading.Of(TokensOf(e))).ToList();
        var planned = analyzed.Atom.Modality != Modality.Assertion ? -1
            : clause.PredicateIndex < tokens.Length && plans.All(p => p.StatesAsPlan(tokens[clause.PredicateIndex])) ? clause.PredicateIndex
            : Lexicon.Default.Modals.FindAll(tokens).Any() ? -1
            : Enumerable.Range(0, tokens.Length).FirstOrDefault(i => tokens[i].IsWord && Lexicon.Default.IsContent(tokens[i]) && IsFiniteForm(tokens, i) && !(i > 0 && tokens[i - 1].Lower == "to") && !clause.Text.IsInMention(i)
                && plans.All(p => p.StatesAsPlan(tokens[i])), -1);
        if (planned >= 0)
        {
            return result with
            {
                Verdict = Verdict.NotEnoughInfo,
                Rule = BuiltInRules.PartialMatch,
                Explanation = $"The sources say \"{tokens[planned].Text}\" only as a plan, a request or a prediction, not as done.",
                Evidence = [],
            };
        }

        // A word of the statement the evidence does not have, whose antonym it has ("a recent phenomenon" against
        // "a long history"): the match ignored it, so the statement is not supported.
        var lexicon = Lexicon.Default;
        var evidenceTokens = Tokenizer.Tokenize(evidenceText, lexicon.Stemmer);
        var evidenceStems = evidenceTokens.SelectMany(t => lexicon.Senses(t.Stem)).ToHashSet(StringComparer.Ordinal);
        var evidenceFigures = evidenceTokens.Where(t => t.Kind == TokenKind.Number).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            var stem = lexicon.Canonical(token.Stem);
            if (token.IsWord && !lexicon.SharesSense(token.Stem, evidenceStems) && evidenceStems.Any(e => lexicon.AreAntonyms(stem, e)))
            {
                return result with
                {
                    Verdict = Verdict.NotEnoughInfo,
                    Rule = BuiltInRules.PartialMatch,
                    Explanation = $"The sources say something close, but \"{token.Text}\" is at odds with them.",
                    Evidence = [],
                };
            }
        }

        // "Called on the U.S. government" is not supported by "called on the Iraqi government".
        var indexed = result.Evidence.Select(IndexedOf).ToList();
        if (indexed.All(i => i is not null)
            && QualifiedHeads.Rival(clause.Text, indexed.Select(i => i!.Text), lexicon, ClaimBase.Entities) is { } rival)
        {
            return result with
            {
                Verdict = Verdict.NotEnoughInfo,
                Rule = BuiltInRules.PartialMatch,
                Explanation = $"In the sources, \"{rival.Head}\" belongs to {NameOf(rival.Given)}, not to {NameOf(rival.Said)}.",
                Evidence = [],
            };
        }

        // As names are compared: with the names a sentence refers back to ("the administration").
        var foldedEvidence = string.Join(" ", result.Evidence.Select((e, k) => indexed[k]?.FoldedText ?? ProperNames.Fold(e.SentenceText)));
        var clauseNames = ProperNames.Find(clause.Text, lexicon);
        if (clauseNames.FirstOrDefault(name => !ProperNames.IsIn(name, foldedEvidence)) is { Text: not null } unnamed)
        {
            return NeverMentioned(result, unnamed.Text);
        }

        // "Néstor Kirchner" is not "Cristina Fernández de Kirchner": where the evidence gives the surname another first
        // name, the statement's first name must be there too.
        foreach (var person in clauseNames.Where(n => n.Head is null))
        {
            var firstNames = ProperNames.WithFirstNames(clause.Text, person, lexicon).Split(' ').SkipLast(1)
                .Where(w => w.Length > 1 && char.IsUpper(w[0]) && lexicon.Office.Roles.MatchAt(Tokenizer.Tokenize(w, lexicon.Stemmer), 0) is null && !Text.SentenceSplitter.IsTitleAbbreviation(w.TrimEnd('.')));
            if (firstNames.FirstOrDefault(w => !foldedEvidence.Contains(ProperNames.Fold(w), StringComparison.Ordinal)) is { } missing
                && result.Evidence.Any(e => ProperNames.GivesAnotherFirstName(TokensOf(e), person.Forms[0])))
            {
                return NeverMentioned(result, $"{missing} {person.Text}");
            }
        }

        // The words given to a person the evidence never names ("Minister Vasile Ciobanu said…" where the source quotes
        // someone else) are not supported by it. A source names its speaker once and goes on "He explained that…", so
        // the sentences a pronoun refers back to may name them.
        if (!analyzed.AttributedTo.IsEmpty)
        {
            var speakerText = _speakers.ContextText(result.Evidence);
            if (analyzed.AttributedTo.FirstOrDefault(name => !ProperNames.IsIn(name, speakerText)) is { Text: not null } speaker)
            {
                // The source quotes someone else by name: the statement misattributes the words.
                return _speakers.Quoted(result.Evidence) is { } quoted && Options.Rules.IsEnabled(BuiltInRules.SentenceSpeaker.Id)
                    ? result with
                    {
                        Verdict = Verdict.Contradicted,
                        Rule = BuiltInRules.SentenceSpeaker,
                        Explanation = $"The source gives these words to {quoted}, not to {speaker.Text}.",
                    }
                    : NeverMentioned(result, speaker.Text);
            }
        }

        // "de Vries, speaking for the employers' group, said…": whom the speaker speaks for must be in the sentences
        // that quote them too.
        if (analyzed.SpeakerAffiliation is { } affiliation)
        {
            var context = Tokenizer.Tokenize(_speakers.ContextText(result.Evidence), lexicon.Stemmer).SelectMany(t => lexicon.Senses(t.Stem)).ToHashSet(StringComparer.Ordinal);
            if (affiliation.Tokens.Any(t => t.IsWord && lexicon.IsContent(t) && !lexicon.SharesSense(t.Stem, context)))
            {
                return NeverMentioned(result, affiliation.Text);
            }
        }

        // From the first token: a statement may open with its figure ("2.7 million people need food aid").
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];

            // A figure the evidence never gives ("40 jets") is not supported by it, whatever else matches.
            var inDate = clause.Date is { } date && i >= date.First && i < date.End;
            var isFigure = token.Kind == TokenKind.Number && !inDate && !token.IsYear && !SentenceReferences.IsGroupReference(tokens, i);
            // An approximate figure ("almost 38 million") is given by one within rounding ("37.9 million").
            var approximate = i > 0 && lexicon.Approximators.Contains(tokens[i - 1].Lower);
            var givenApproximately = approximate && BuiltInRules.AnyWithinRounding(token.Stem, evidenceFigures, approximate: true);
            var designation = ProperNames.IsPluralDesignation(token.Lower) ? token.Lower[..^1] : token.Lower;
            if ((IsModelDesignation(token) && !evidenceText.Contains(designation, StringComparison.Ordinal)) || (isFigure && !evidenceFigures.Contains(token.Stem) && !givenApproximately))
            {
                return NeverMentioned(result, token.Text);
            }
        }

        return result;
    }

    // The evidence sentence as the checker indexed it (every cited sentence is indexed; null only for a claim's
    // provenance outside the indexed sources).
    private IndexedSentence? IndexedOf(Evidence evidence) => _sentencesByNumber.GetValueOrDefault((evidence.SourceId, evidence.SentenceNumber));

    // The evidence sentence's tokens, read once when it was indexed.
    private ImmutableArray<Token> TokensOf(Evidence evidence) =>
        IndexedOf(evidence)?.Text.Tokens ?? Tokenizer.Tokenize(TextFolding(evidence.SentenceText), Lexicon.Default.Stemmer);

    // A word that may be a finite verb ("shares", "opened"), not a gerund ("wary of jeopardising"), an adverb or a
    // participle after "be" ("is to be jointly staged").
    private static bool IsFiniteForm(ImmutableArray<Token> tokens, int index)
    {
        var lower = tokens[index].Lower;
        var before = index - 1;
        while (before >= 0 && tokens[before].Lower.EndsWith("ly", StringComparison.Ordinal))
        {
            before--;
        }

        return (lower.EndsWith("ed", StringComparison.Ordinal) && !(before >= 0 && tokens[before].Lower is "be" or "to"))
            || (lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal));
    }

    // A sentence's modals and directive verbs, found once: whether it uses a verb only under a modal ("plans to open",
    // "will open", "is expected to be opened") or as what someone asked for ("urged Ethiopia to withdraw", "demanding
    // that Russia withdraw").
    private sealed record PlanReading(ImmutableArray<Token> Tokens, List<PhraseMatch<bool>> Modals, List<PhraseMatch<bool>> Directives)
    {
        public static PlanReading Of(ImmutableArray<Token> tokens) =>
            new(tokens, Lexicon.Default.Modals.FindAll(tokens).ToList(), Lexicon.Default.DirectiveVerbs.FindAll(tokens).ToList());

        public bool StatesAsPlan(Token verb)
        {
            var lexicon = Lexicon.Default;
            var tokens = Tokens;
            var uses = Enumerable.Range(0, tokens.Length).Where(i => tokens[i].IsWord && lexicon.SharesSense(verb.Stem, lexicon.Senses(tokens[i].Stem))).ToList();
            return uses.Count > 0 && uses.All(i => Modals.Any(m => m.End <= i && i - m.End <= 2 && Enumerable.Range(m.End, i - m.End).All(k => tokens[k].Lower is "to" or "be" or "have" or "been" or "not" or "also" or "soon" or "formally"))
                || Directives.Any(d => d.End < i && i - d.End <= 6 && Enumerable.Range(d.End, i - d.End).All(k => tokens[k].Text is not ("," or ";" or "."))
                    && (tokens[i - 1].Lower == "to" || (tokens[d.End].Lower == "that" && !IsFiniteForm(tokens, i)))));
        }
    }

    // "S-400", "MiG-29": a word with digits in it (a figure with a scale, "3.4bn", is a number).
    private static bool IsModelDesignation(Token token) => token.IsWord && token.Text.Any(char.IsDigit) && token.Text.Any(char.IsLetter) && token.Text.Length > 2;

    private static AtomResult NeverMentioned(AtomResult result, string what) => result with
    {
        Verdict = Verdict.NotEnoughInfo,
        Rule = BuiltInRules.PartialMatch,
        Explanation = $"The sources say something close, but never mention \"{what}\".",
        Evidence = [],
    };

    private AtomResult NotEnoughInfo(StatementAtom atom, ImmutableArray<string> compared)
    {
        var ids = atom.Mentions.Select(m => m.Entity.Id).Distinct(StringComparer.Ordinal).ToList();
        var unknown = ids.Where(id => _index.About(id).IsEmpty && !_sentencesByEntity[id].Any()).ToList();
        if (ids.Count == 0)
        {
            return new AtomResult(atom, Verdict.NotEnoughInfo, BuiltInRules.NoClaim, "The statement names no entity the claim base knows.", [], compared);
        }

        if (unknown.Count > 0)
        {
            return new AtomResult(atom, Verdict.NotEnoughInfo, BuiltInRules.NoClaim, $"No claim is about {string.Join(" or ", unknown.Select(NameOf))}.", [], compared);
        }

        return new AtomResult(atom, Verdict.NotEnoughInfo, BuiltInRules.PartialMatch, $"Claims about {string.Join(" and ", ids.Select(NameOf))} exist, but none covers what the statement says.", [], compared);
    }

    private List<IndexedSentence> CandidateSentences(StatementAtom atom)
    {
        var seen = new HashSet<IndexedSentence>(ReferenceEqualityComparer.Instance);
        var result = new List<IndexedSentence>();

        // A statement that names nothing the registry knows ("The tanker was carrying 2.5 million barrels") reaches
        // the reference sentences that share its words, through the word index.
        if (atom.Mentions.IsEmpty)
        {
            foreach (var token in Tokenizer.Tokenize(TextFolding(atom.Text), Lexicon.Default.Stemmer).Where(Lexicon.Default.IsContent))
            {
                foreach (var sentence in Lexicon.Default.Senses(token.Stem).SelectMany(sense => _sentencesByStem[sense]))
                {
                    if (seen.Add(sentence))
                    {
                        result.Add(sentence);
                    }
                }
            }

            return result;
        }

        foreach (var mention in atom.Mentions)
        {
            foreach (var sentence in _sentencesByEntity[mention.Entity.Id])
            {
                if (seen.Add(sentence))
                {
                    result.Add(sentence);
                }
            }

            // An event also reaches the sentences about its participants.
            foreach (var participant in mention.Entity.Participants)
            {
                foreach (var sentence in _sentencesByEntity[participant])
                {
                    if (seen.Add(sentence))
                    {
                        result.Add(sentence);
                    }
                }
            }
        }

        // "…launched by President Uhuru Kenyatta": a sentence about the same named thing ("LAPSSET") that gives another
        // person in that role names none of the statement's people, so it is reached through the thing's name.
        if (atom.Mentions.Any(m => m.Entity.Kind == EntityKind.Person))
        {
            var tokens = Tokenizer.Tokenize(TextFolding(atom.Text), Lexicon.Default.Stemmer);
            for (var i = 1; i < tokens.Length; i++)
            {
                if (tokens[i].IsWord && tokens[i].IsCapitalised && Lexicon.Default.IsContent(tokens[i]) && !atom.Mentions.Any(m => m.Text.Contains(tokens[i].Text, StringComparison.Ordinal)))
                {
                    foreach (var sentence in _sentencesByStem[tokens[i].Stem].Where(seen.Add))
                    {
                        result.Add(sentence);
                    }
                }
            }
        }

        return result;
    }

    private ImmutableArray<Evidence> EvidenceOf(IEnumerable<Claim> claims)
    {
        var evidence = ImmutableArray.CreateBuilder<Evidence>();
        var seen = new HashSet<(string, int)>();
        foreach (var claim in claims)
        {
            foreach (var provenance in claim.Provenance)
            {
                if (seen.Add((provenance.SourceId, provenance.SentenceNumber)) && ClaimBase.FindSource(provenance.SourceId)?.SentenceAt(provenance.SentenceNumber) is { } sentence)
                {
                    evidence.Add(new Evidence(provenance.SourceId, provenance.SentenceNumber, sentence.Text, sentence.Start, sentence.Length, claim.Id, provenance.Quote));
                }
            }
        }

        return evidence.ToImmutable();
    }

    private static CheckResult Aggregate(string statement, ImmutableArray<AtomResult> atoms)
    {
        if (atoms.Length == 1)
        {
            var only = atoms[0];
            return new CheckResult(statement, only.Verdict, only.Rule, only.Explanation, atoms) { Evidence = only.Evidence };
        }

        var contradicted = atoms.Where(a => a.Verdict == Verdict.Contradicted).ToList();
        if (contradicted.Count > 0)
        {
            return new CheckResult(statement, Verdict.Contradicted, BuiltInRules.Conjunction, $"Part of the statement is contradicted: \"{contradicted[0].Atom.Text}\". {contradicted[0].Explanation}", atoms) { Evidence = [.. contradicted.SelectMany(a => a.Evidence).Distinct()] };
        }

        // A temporal clause the sources do not speak to ("When the Assembly condemned the invasion, Vietnam abstained")
        // is the setting: the asserted parts decide.
        var asserted = atoms.Where(a => !a.Atom.IsBackground).ToList();
        if (asserted.Count > 0 && asserted.All(a => a.Verdict == Verdict.Supported) && atoms.FirstOrDefault(a => a.Verdict != Verdict.Supported) is { } setting)
        {
            return new CheckResult(statement, Verdict.Supported, BuiltInRules.Conjunction, $"Every asserted part of the statement is supported; its setting (\"{setting.Atom.Text}\") is taken for granted.", atoms) { Evidence = [.. atoms.SelectMany(a => a.Evidence).Distinct()] };
        }

        if (atoms.All(a => a.Verdict == Verdict.Supported))
        {
            return new CheckResult(statement, Verdict.Supported, BuiltInRules.Conjunction, $"Every part of the statement is supported ({atoms.Length} parts).", atoms) { Evidence = [.. atoms.SelectMany(a => a.Evidence).Distinct()] };
        }

        var open = atoms.First(a => a.Verdict == Verdict.NotEnoughInfo);
        return new CheckResult(statement, Verdict.NotEnoughInfo, BuiltInRules.Conjunction, $"Part of the statement cannot be checked: \"{open.Atom.Text}\". {open.Explanation}", atoms);
    }

    private ImmutableArray<IndexedSentence> IndexSentences(ClaimBase claimBase)
    {
        var claimsBySentence = claimBase.Claims
            .SelectMany(c => c.Provenance.Select(p => (Key: (p.SourceId, p.SentenceNumber), Claim: c)))
            .ToLookup(p => p.Key, p => p.Claim);
        var result = ImmutableArray.CreateBuilder<IndexedSentence>();
        foreach (var source in claimBase.Sources)
        {
            var reference = claimBase.ReferenceSources.Contains(source.Id);
            IndexedSentence? previous = null;
            string? previousSubject = null;
            string? previousCountry = null;
            string? lastOrganisation = null;
            List<string> lastGroup = [];
            var institutions = new Dictionary<string, string>(StringComparer.Ordinal); // head noun → the last whole name with it
            string? lastPerson = null; // the last registered person named
            string? lastPersonName = null; // the last unregistered person's name
            foreach (var sentence in source.Sentences)
            {
                var claims = claimsBySentence[(source.Id, sentence.Number)].Distinct().ToList();
                if (claims.Count == 0 && !reference)
                {
                    continue; // curated mode: only sentences some claim rests on are evidence
                }

                var (text, cues) = _analyzer.PrepareSentence(sentence.Text);

                // Reference mode reads sentences in order: "The country…" is the previous subject, "So did Chile." repeats the previous predicate.
                var extraEntities = new List<string>();
                string? leading = null;
                if (reference && previousSubject is not null && (ClauseContext.StartsWithAnaphor(text) || SentenceReferences.PronounAfterAdjunct(text, Lexicon.Default)))
                {
                    // "The country…" after "President Maamau announced Kiribati's return": a country noun takes the country;
                    // "He pointed out…" the person named last.
                    var antecedent = text.Tokens.Length > 1 && text.Tokens[1].Lower is "country" or "nation" or "state" or "kingdom" or "republic" ? previousCountry ?? previousSubject
                        : OpensWithPersonalPronoun(text) && lastPerson is not null ? lastPerson : previousSubject;
                    extraEntities.Add(antecedent);
                    leading = antecedent;
                }

                // "…was sworn in as the country's eighth president": "the country" inside a sentence that names no country.
                if (reference && previousCountry is not null && leading is null && !text.Mentions.Any(m => m.Entity.Kind == EntityKind.Country) && SentenceReferences.MentionsTheCountry(text))
                {
                    extraEntities.Add(previousCountry);
                }

                // "The bloc lifted…", "…offering the three countries access…": the organisation or the list of countries
                // named before, so that the sentence is about them too.
                var ownOrganisations = text.Mentions.Any(m => m.Entity.Kind == EntityKind.Organisation);
                if (reference && lastOrganisation is not null && !ownOrganisations
                    && (SentenceReferences.OrganisationNoun(text) ?? SentenceReferences.ShortName(text, NameOf(lastOrganisation))) is { } nounAt)
                {
                    extraEntities.Add(lastOrganisation);
                    leading ??= nounAt <= 1 ? lastOrganisation : null;
                }

                if (reference && lastGroup.Count >= 2 && SentenceReferences.GroupNoun(text) is { } groupAt)
                {
                    extraEntities.AddRange(lastGroup.Where(id => !extraEntities.Contains(id)));
                    leading ??= groupAt <= 1 ? lastGroup[0] : null;
                }

                // "The administration employs 64 pilots" after "the Lower Danube River Administration": the name it refers to.
                var referred = reference ? institutions.Where(p => SentenceReferences.SaysTheHead(text, p.Key)).Select(p => p.Value).ToList() : [];

                // "He said…" after "…, said Karin Lund": the person's name, for a statement that names them.
                if (reference && lastPersonName is not null && OpensWithPersonalPronoun(text))
                {
                    referred.Add(lastPersonName);
                }

                var found = ProperNames.Find(text, Lexicon.Default);
                var indexed = new IndexedSentence(source, sentence, text, cues, Lexicon.Default, claims, extraEntities,
                    reference && previous is not null && Extraction.ClaimExtractor.IsEllipsis(sentence.Text) ? previous : null, leading, reference ? previous : null, referred, found);
                foreach (var name in found.Where(n => n.End - n.First >= 2 && ProperNames.IsInstitutionHead(text.Tokens[n.End - 1].Lower)))
                {
                    institutions[text.Tokens[name.End - 1].Lower] = name.Text;
                }

                lastPerson = text.Mentions.LastOrDefault(m => m.Entity.Kind == EntityKind.Person)?.Entity.Id ?? lastPerson;
                lastPersonName = found.Where(n => n.Head is null && char.IsUpper(n.Text[0])).Select(n => ProperNames.WithFirstNames(text, n, Lexicon.Default)).LastOrDefault() ?? lastPersonName;

                result.Add(indexed);
                previous = indexed;
                previousSubject = text.Mentions.FirstOrDefault(m => m.Entity.Kind is EntityKind.Country or EntityKind.Organisation or EntityKind.Group or EntityKind.Person)?.Entity.Id
                    ?? (extraEntities.Count > 0 ? extraEntities[0] : previousSubject);
                previousCountry = text.Mentions.FirstOrDefault(m => m.Entity.Kind == EntityKind.Country)?.Entity.Id ?? (extraEntities.Count > 0 && leading is not null ? previousCountry : null);
                lastOrganisation = text.Mentions.LastOrDefault(m => m.Entity.Kind == EntityKind.Organisation)?.Entity.Id ?? lastOrganisation;
                var countries = text.Mentions.Where(m => m.Entity.Kind == EntityKind.Country).Select(m => m.Entity.Id).Distinct(StringComparer.Ordinal).ToList();
                lastGroup = countries.Count >= 2 ? countries : lastGroup;
            }
        }

        return result.ToImmutable();
    }


    // "He pointed out…", "She said…": a sentence that speaks of the person named before.
    private static bool OpensWithPersonalPronoun(AtomText text) => text.Tokens.Length > 0 && text.Tokens[0].Lower is "he" or "she";

    private static string TextFolding(string text) => Text.TextFolding.FoldQuotes(text);

    private string NameOf(string id) => ClaimBase.Entities.TryGet(id, out var entity) ? entity.Name : id;

    private static string Describe(Modality modality) => modality switch
    {
        Modality.Question => "a question",
        Modality.Conditional => "a conditional",
        Modality.Prediction => "a prediction or possibility",
        Modality.Opinion => "an opinion not in the sources' voice",
        _ => "an assertion",
    };
}

using System.Collections.Immutable;
using ClaimCheck.Analysis;
using ClaimCheck.Claims;
using ClaimCheck.Entities;
using ClaimCheck.Rules;

namespace ClaimCheck.Checking;

/// <summary>
/// The fallback when no typed frame decides: aligns an atom with source sentences. A sentence supports the atom
/// only when it covers every entity and nearly every content word (key slots, not word overlap); it contradicts
/// when it covers it with the opposite polarity, an antonym, or another year.
/// </summary>
internal sealed class SentenceAligner(Lexicon lexicon, EntityRegistry entities)
{
    private const double Threshold = 0.8;

    private readonly NationalityAlignment _nationality = new(lexicon, entities);
    private readonly OfficeHolderAlignment _offices = new(lexicon);
    private readonly PlaceAlignment _places = new(entities);
    private readonly NameAlignment _names = new();

    // How many content words a long statement may leave uncovered (never the predicate): none up to four words,
    // one from five, two from nine. One new word can change the meaning, so the allowance stays small.
    internal static int Allowance(int count) => count >= 9 ? 2 : count >= 5 ? 1 : 0;

    public sealed record Alignment(Verdict Verdict, RuleDescriptor Rule, string Explanation, ImmutableArray<IndexedSentence> Sentences);

    public Alignment? Align(ClauseContext clause, IReadOnlyList<IndexedSentence> candidates, RuleSet rules, bool recurring = false)
    {
        if (rules.IsEnabled(BuiltInRules.SentenceNationality.Id) && _nationality.Align(clause, candidates) is { } nationality)
        {
            return nationality;
        }

        var atomEntities = clause.Text.Mentions.Select(m => m.Entity.Id).Distinct(StringComparer.Ordinal).ToList();

        // "asked Brussels for funds": a capital may stand for a body seated there (the EU), which a sentence may name instead.
        var seated = clause.Text.Mentions.Where(m => m.Form == MentionForm.Capital)
            .ToLookup(m => m.Entity.Id, m => entities.SeatedIn(m.Text), StringComparer.Ordinal);
        var names = ProperNames.Find(clause.Text, lexicon);
        var words = ContentWords(clause, names);

        // One content word ("Iraq voted …") is too little to say a sentence covers the statement, unless the words it
        // binds are enough to pin the fact: a name and a year ("The Arab League was established in 1945"); an undated
        // "Kenya left the WTO" may well come after the joining the source dates.
        // Without any name ("The tanker was carrying 2.5 million barrels") it takes three.
        var anchors = atomEntities.Count + names.Count + (clause.Date is null ? 0 : 1);
        var tooThin = words.Count == 1 && (anchors < 2 || clause.Date is null || MainPredicate(clause) is not { } lone || lone.Stem != words[0].Stem);
        if (words.Count == 0 || (atomEntities.Count == 0 && names.Count == 0 && words.Count < 3))
        {
            return null;
        }

        // With a lone predicate, the names carry the fact, so they must be the sentence's own entities, not related ones.
        // A capital named as a place ("founded in Brasília") is where it happened, which a sentence naming only its
        // country does not give.
        var loneWord = words.Count == 1;
        var places = PlacesNamed(clause);

        var needed = words.Count - Allowance(words.Count); // covered words a supporting sentence needs
        var polarity = clause.PolarityIgnoring([]);
        var predicate = MainPredicate(clause);
        var verbs = VerbStems(clause);
        var year = clause.Date?.Date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        var singleYear = DateFinder.FindAll(clause.Tokens).Select(d => d.Date.Year).Distinct().Count() == 1; // "from … in 2015 to … by 2023" binds both
        var actor = ActingEntity(clause);
        var passive = IsPassive(clause);
        Alignment? best = null;
        var bestScore = 0.0;
        var agreeing = new List<(IndexedSentence Sentence, Verdict Verdict, RuleDescriptor Rule, double Score)>();
        foreach (var sentence in tooThin ? [] : candidates)
        {
            if (!atomEntities.All(id => sentence.EntityIds.Any(e => e == id || (!loneWord && Related(id, e)) || seated[id].Any(seats => seats.Any(seat => seat == e || Related(seat, e)))))
                || !names.All(name => ProperNames.IsIn(name, sentence.FoldedText))
                || !places.All(place => sentence.FoldedText.Contains(place, StringComparison.Ordinal)))
            {
                continue;
            }

            // The statement's subject must be who the matched clause of the sentence is about: in "Norway voted in
            // favour, while Finland abstained", "voted in favour" is Norway's, not Finland's.
            if (!SubjectOwnsClause(sentence, actor, passive, words, predicate, actor is null ? [] : seated[actor.Id].SelectMany(ids => ids)))
            {
                continue;
            }

            var covered = words.Count(w => Covers(sentence, w));
            var coverage = (double)covered / words.Count;
            var antonym = words.FirstOrDefault(w => !Covers(sentence, w) && !words.Any(o => lexicon.AreAntonyms(w.Stem, o.Stem)) && AntonymOfSubject(sentence, w.Stem, clause.Subject?.Entity.Id, OwnerBefore(clause.Text, w.Index)));
            var coverageWithAntonym = antonym.Stem is null ? coverage : (double)(covered + 1 + FromContext(sentence, words, verbs)) / words.Count;

            // The predicate must be there (or its antonym, said of the same subject): "consumers were insulated from price
            // rises" is not covered by "…affected consumers", and never supported by it.
            var predicateMissing = predicate is { } verb && !Covers(sentence, verb);
            if (predicateMissing && antonym.Stem != predicate!.Value.Stem)
            {
                continue;
            }

            // A missing word whose antonym the sentence uses ("easier" vs "more difficult") is never let through as
            // an allowed miss: it is a contradiction when said of the same subject, else not enough info.
            if (antonym.Stem is null && words.Any(w => !Covers(sentence, w) && sentence.Stems.Any(st => lexicon.AreAntonyms(w.Stem, st))))
            {
                continue;
            }

            Alignment? result = null;
            double score;

            // "2.5 million barrels" where the sentence gives "1.8 million barrels", "launched in March" where it gives
            // "in January": every other word covered, the figure or the month differs.
            var missingNumbers = words.Where(w => (char.IsDigit(w.Stem[0]) || CalendarClass(w.Text) is not null || IsPredicativeRank(clause.Tokens, w)) && !Covers(sentence, w)).ToList();
            if (missingNumbers.Count > 0 && missingNumbers.All(w => HasRival(sentence, w))
                && !missingNumbers.Any(w => WithinRounding(sentence, w)) && covered + missingNumbers.Count == words.Count && (!recurring || SameYear(sentence, year))
                && words.Count - missingNumbers.Count >= 2 && rules.IsEnabled(BuiltInRules.SentenceNumber.Id))
            {
                result = new Alignment(Verdict.Contradicted, BuiltInRules.SentenceNumber, $"The source gives another {(CalendarClass(missingNumbers[0].Text) ?? (IsCountingOrdinal(missingNumbers[0].Text) ? "rank" : "figure"))} than {missingNumbers[0].Text}: \"{sentence.Sentence.Text}\".", [sentence]);
                agreeing.Add((sentence, result.Verdict, result.Rule, 1.0));
                if (best is null || bestScore < 1.0)
                {
                    best = result;
                    bestScore = 1.0;
                }

                continue;
            }

            if (antonym.Stem is not null && coverageWithAntonym >= Threshold && rules.IsEnabled(BuiltInRules.SentenceAntonym.Id))
            {
                result = new Alignment(Verdict.Contradicted, BuiltInRules.SentenceAntonym, $"The source says \"{sentence.Sentence.Text}\": \"{antonym.Text}\" is the opposite of what it says.", [sentence]);
                score = coverageWithAntonym;
            }
            else if ((covered >= needed || covered + FromContext(sentence, words, verbs) >= needed) && !MissesAreSubstitutions(sentence, words, verbs))
            {
                score = coverage;
                if (year is not null && !sentence.Years.Contains(year))
                {
                    // A measure that recurs (exports rose in 2020 / in 2022) is not contradicted by another year.
                    if (sentence.Years.Count > 0 && !recurring && rules.IsEnabled(BuiltInRules.SentenceNumber.Id))
                    {
                        result = new Alignment(Verdict.Contradicted, BuiltInRules.SentenceNumber, $"The source gives {string.Join(", ", sentence.Years)}, not {year}: \"{sentence.Sentence.Text}\".", [sentence]);
                    }
                }
                else if (year is not null && singleYear && !YearBelongsToPredicate(sentence, predicate ?? words.FirstOrDefault(w => w.IsPhrase, words[0]), year, words.Where(w => char.IsDigit(w.Stem[0])).Select(w => w.Stem)))
                {
                    continue; // "admitted in 1988 but suspended in 2019": 1988 is the admission's year, not the suspension's
                }
                else if (clause.Date?.Date is { Month: not null } wanted && singleYear && OtherMonth(sentence, wanted) is { } given)
                {
                    // "on 1 November 2024" where the source gives "01 October 2024": the same year, another month.
                    if (!recurring && rules.IsEnabled(BuiltInRules.SentenceNumber.Id))
                    {
                        result = new Alignment(Verdict.Contradicted, BuiltInRules.SentenceNumber, $"The source gives {given}, not {wanted}: \"{sentence.Sentence.Text}\".", [sentence]);
                    }
                }
                else if (LocalPolarity(sentence, words) is not { } local)
                {
                    continue;
                }
                else if (local != polarity && NegationInPurposeClause(clause))
                {
                    continue;
                }
                else if (local != polarity)
                {
                    if (rules.IsEnabled(BuiltInRules.SentenceNegation.Id))
                    {
                        result = new Alignment(Verdict.Contradicted, BuiltInRules.SentenceNegation, $"The source says the opposite: \"{sentence.Sentence.Text}\".", [sentence]);
                    }
                }
                else if (!FiguresInSameOrder(clause, sentence) || !OrdinalsQualifySameNoun(clause, sentence) || !FiguresQualifySameNoun(clause, sentence) || MonthNotGiven(sentence, clause.Date?.Date))
                {
                    continue;
                }
                else if (rules.IsEnabled(BuiltInRules.SentenceSupport.Id))
                {
                    result = new Alignment(Verdict.Supported, BuiltInRules.SentenceSupport, $"The source says \"{sentence.Sentence.Text}\".", [sentence]);
                }
            }
            else
            {
                continue;
            }

            if (result is not null)
            {
                agreeing.Add((sentence, result.Verdict, result.Rule, score));
                if (best is null || score > bestScore)
                {
                    best = result;
                    bestScore = score;
                }
            }
        }

        // Nothing matched as it stands: the statement may say what a sentence says, of another holder of the same office,
        // or in another place.
        if (best is null)
        {
            bool CoversRest(IndexedSentence sentence, Func<int, bool> excluded, int fewest) => CoversApartFrom(sentence, excluded, fewest, words, names, predicate, verbs, year, polarity);
            return (rules.IsEnabled(BuiltInRules.SentenceOfficeHolder.Id) ? _offices.Align(clause, candidates, CoversRest) : null)
                ?? (rules.IsEnabled(BuiltInRules.SentencePlace.Id) ? _places.Align(clause, candidates, CoversRest) : null)
                ?? (rules.IsEnabled(BuiltInRules.SentenceName.Id) ? _names.Align(clause, names, candidates, CoversRest) : null);
        }

        // Cite every sentence that reaches the same verdict by the same rule, best first.
        if (best is not null)
        {
            var same = agreeing.Where(a => a.Verdict == best.Verdict && a.Rule == best.Rule).OrderByDescending(a => a.Score).Select(a => a.Sentence).ToImmutableArray();
            best = best with { Sentences = same };
        }

        return best;
    }

    // Whether the sentence covers the statement's words outside the excluded tokens as a supported match would: names,
    // enough content words, the predicate, the polarity and the year.
    private bool CoversApartFrom(IndexedSentence sentence, Func<int, bool> excluded, int fewest, List<Word> words, List<ProperNames.Name> names, Word? predicate, HashSet<string> verbs, string? year, Polarity polarity)
    {
        var kept = words.Where(w => w.Index < 0 || !excluded(w.Index)).ToList();
        if (kept.Count < fewest || !names.Where(n => !excluded(n.First)).All(n => ProperNames.IsIn(n, sentence.FoldedText)))
        {
            return false;
        }

        var covered = kept.Count(w => Covers(sentence, w));
        return covered >= kept.Count - (kept.Count < 2 ? 0 : Allowance(kept.Count)) && !MissesAreSubstitutions(sentence, kept, verbs)
            && (predicate is not { } verb || (verb.Index >= 0 && excluded(verb.Index)) || Covers(sentence, verb))
            && (year is null || sentence.Years.Contains(year))
            && LocalPolarity(sentence, kept) == polarity;
    }

    // Capitals named as places ("in Brasília", "at Baghdad"), folded: where something happened, which a sentence naming
    // only the country does not give.
    private static List<string> PlacesNamed(ClauseContext clause)
    {
        var text = clause.Text;
        var places = new List<string>();
        for (var m = 0; m < text.Mentions.Length; m++)
        {
            var (first, end) = text.MentionRanges[m];
            var surface = text.Slice(first, end);
            if (first > 0 && text.Tokens[first - 1].Lower is "in" or "at" && text.Mentions[m].Entity.Capitals.Contains(surface, StringComparer.OrdinalIgnoreCase))
            {
                places.Add(ProperNames.Fold(surface));
            }
        }

        return places;
    }

    // Who the statement says acted: its subject, else its first name; in the passive ("A tanker was seized by the
    // Iranian navy"), the agent after "by".
    private static Entity? ActingEntity(ClauseContext clause)
    {
        var subjectEntity = clause.Subject?.Entity ?? clause.Text.Mentions.FirstOrDefault()?.Entity;
        var tokens = clause.Tokens;
        var by = -1;
        for (var i = clause.PredicateIndex; i < tokens.Length && by < 0; i++)
        {
            if (tokens[i].Lower == "by")
            {
                by = i;
            }
        }

        if (by > 0 && tokens.Take(by).Any(t => t.Lower is "was" or "were" or "been" or "is" or "are")
            && clause.Text.MentionsIn(by + 1, Math.Min(tokens.Length, by + 5)).FirstOrDefault().Mention is { } agent)
        {
            subjectEntity = agent.Entity;
        }

        return subjectEntity;
    }

    private bool SubjectOwnsClause(IndexedSentence sentence, Entity? subjectEntity, bool passive, List<Word> words, Word? predicate, IEnumerable<string> seats)
    {
        if (subjectEntity is null)
        {
            return true;
        }

        var tokens = sentence.Text.Tokens;
        var anchorWord = predicate ?? words[0];
        var anchor = IndexOf(tokens, 0, anchorWord);

        if (anchor < 0)
        {
            return true; // the predicate is not literally there (antonym or allowed miss): decided elsewhere
        }

        // The clause's own subject: the names before the predicate in its clause (objects after it do not count).
        var (start, _) = ClauseAround(tokens, anchor);

        // A participial clause ("…, having led the coalition that removed Saddam Hussein and providing support ever
        // since") has no subject of its own: it is the sentence's, its first name; the names inside are objects.
        // A passive statement's subject ("Saddam Hussein was removed") is the patient, which may well sit inside.
        if (start > 0 && IsParticiple(tokens[start]) && !passive)
        {
            return sentence.LeadingSubject is { } first && (first == subjectEntity.Id || Related(first, subjectEntity.Id));
        }

        // Names after the clause's last verb before the anchor modify its object ("Iraq has not joined Western sanctions").
        var subjectEnd = anchor;
        for (var i = anchor - 1; i > start; i--)
        {
            if (tokens[i].IsWord && !sentence.Text.IsInMention(i) && (lexicon.IsVerb(tokens[i]) || Lexicon.IsBeForm(tokens[i].Lower) || tokens[i].Lower is "has" or "have" or "had"))
            {
                subjectEnd = i;
                break;
            }
        }

        var owners = sentence.Text.MentionsIn(start, anchor).Select(m => m.Mention.Entity.Id).ToList();
        var subjects = sentence.Text.MentionsIn(start, subjectEnd).Select(m => m.Mention.Entity.Id).ToList();
        bool Owns(List<string> ids) => ids.Any(o => o == subjectEntity.Id || Related(o, subjectEntity.Id) || seats.Any(seat => Related(seat, o)));

        // The clause's negation is its subject's: "has not joined Western sanctions" says nothing of what the West did.
        if (subjects.Count > 0 && !Owns(subjects) && sentence.NegationCues.Any(c => c >= start && c < anchor))
        {
            return false;
        }

        return owners.Count == 0 ? sentence.EntityIds.Contains(subjectEntity.Id) || seats.Any(sentence.EntityIds.Contains) : Owns(owners);
    }

    private static bool IsPassive(ClauseContext clause)
    {
        var tokens = clause.Tokens;
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if ((Lexicon.IsBeForm(tokens[i].Lower) || tokens[i].Lower == "being")
                && tokens.Skip(i + 1).Take(2).Any(t => t.Lower.Length > 3 && (t.Lower.EndsWith("ed", StringComparison.Ordinal) || t.Lower.EndsWith("en", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsParticiple(Token token) =>
        token.Lower is "having" or "being"
        || (token.Lower.Length > 5 && token.Lower.EndsWith("ing", StringComparison.Ordinal)
            && token.Lower is not ("during" or "including" or "according" or "regarding" or "concerning" or "following" or "notwithstanding" or "something" or "nothing" or "everything"));

    // The clause of the sentence around a token: between commas, semicolons and contrastive conjunctions.
    private static (int Start, int End) ClauseAround(ImmutableArray<Token> tokens, int index)
    {
        static bool IsBoundary(Token token) => token.Text is "," or ";" || token.Lower is "while" or "whereas" or "but" or "although";
        var start = index;
        while (start > 0 && !IsBoundary(tokens[start - 1]))
        {
            start--;
        }

        var end = index + 1;
        while (end < tokens.Length && !IsBoundary(tokens[end]))
        {
            end++;
        }

        return (start, end);
    }

    // The sentence has an antonym of the word, said of the same subject: "Iraq imports wheat" is not contradicted by
    // "Russia is a major exporter", only by the nearest name before the antonym being the statement's subject.
    private bool AntonymOfSubject(IndexedSentence sentence, string stem, string? subject, string? statementOwner)
    {
        var tokens = sentence.Text.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            // "high-level": the first part of a compound is a word of its own.
            var dash = tokens[i].Lower.IndexOf('-', StringComparison.Ordinal);
            if (!lexicon.AreAntonyms(stem, lexicon.Canonical(tokens[i].Stem)) && !(dash > 0 && lexicon.AreAntonyms(stem, lexicon.Canonical(tokens[i].Lower[..dash]))))
            {
                continue;
            }

            var owner = OwnerBefore(sentence.Text, i);
            if (subject is not null && (owner == subject || (owner is null && sentence.EntityIds.Contains(subject))))
            {
                return true;
            }

            // A statement about something unnamed in the registry ("Brent crude fell…", "At Chiang Saen in Thailand, the
            // river rose…"): its names were matched already, and the sentence gives the antonym no other owner than one
            // the statement names too ("Benchmark copper on the London Metal Exchange rose…").
            if (subject is null && (owner is null || owner == statementOwner))
            {
                return true;
            }
        }

        return false;
    }

    // The last name before a word in its clause (back to the previous comma or semicolon): who the word is said of.
    private static string? OwnerBefore(AtomText text, int index)
    {
        if (index < 0)
        {
            return null;
        }

        var start = index;
        while (start > 0 && text.Tokens[start - 1].Text is not ("," or ";"))
        {
            start--;
        }

        return text.MentionsIn(start, index).LastOrDefault().Mention?.Entity.Id;
    }

    /// <summary>The atom's content words: not stopwords, entity names, negation words or date parts.</summary>
    private List<Word> ContentWords(ClauseContext clause, List<ProperNames.Name> names)
    {
        var tokens = clause.Tokens;

        // A name's last word is the name; the words before it ("Defense" in "Defense Ministry") stay content words too.
        var skip = names.Select(n => n.End - 1).ToHashSet();

        foreach (var cue in clause.NegationCues)
        {
            var match = lexicon.NegationPhrases.MatchAt(tokens, cue) ?? lexicon.NegationWords.MatchAt(tokens, cue);
            for (var i = cue; i < cue + (match?.Phrase.Length ?? 1); i++)
            {
                skip.Add(i);
            }
        }

        if (clause.Date is { } date)
        {
            for (var i = date.First; i < date.End; i++)
            {
                skip.Add(i);
            }
        }

        // "the three countries", "both countries": a reference to names given elsewhere, not a content word; nor is a
        // military title's abbreviation ("Maj. Gen. Al-Khafaji").
        skip.UnionWith(Enumerable.Range(0, tokens.Length).Where(i => SentenceReferences.IsGroupReference(tokens, i) || Text.SentenceSplitter.IsTitleAbbreviation(tokens[i].Text.TrimEnd('.'))));

        // "plans to ask", "is due to hand over": the plan is the act's modality, which the caller weighs, not a word.
        foreach (var hedge in lexicon.Hedges.FindAll(tokens).Concat(lexicon.LightPhrases.FindAll(tokens)).Concat(lexicon.Modals.FindAll(tokens)))
        {
            for (var i = hedge.Index; i < hedge.End; i++)
            {
                skip.Add(i);
            }
        }

        var words = new List<Word>();
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (skip.Contains(i) || token.Kind == TokenKind.Punctuation || lexicon.NegationWords.MatchAt(tokens, i) is not null)
            {
                continue;
            }

            // "agreed to halt", "insisted on continuing": the controlled verb carries the act.
            if (lexicon.IsControlVerb(tokens, i))
            {
                continue;
            }

            // "the Vietnamese capital", "Mali's capital": the capital is the country's mention (as "Hanoi" is).
            if (token.Lower is "capital" or "capitals" && (clause.Text.IsInMention(i - 1) || (i > 1 && tokens[i - 1].Lower is "'s" && clause.Text.IsInMention(i - 2))))
            {
                continue;
            }

            // "described coordination … as weak": the verb only frames what follows "as", which is the content.
            if (lexicon.FramingVerbs.Contains(token.Lower)
                && Enumerable.Range(i + 2, Math.Max(0, tokens.Length - i - 2)).Any(k => tokens[k].Lower == "as"))
            {
                continue;
            }

            // "American forces pulled out", "the Iraqi delegation abstained": the country acting through them.
            if (i > 0 && clause.Text.IsInMention(i - 1) && lexicon.StandIns.Contains(token.Stem))
            {
                continue;
            }

            // "lost their lives": one word (die), which a sentence saying "were killed" covers.
            if (lexicon.PhraseSynonyms.MatchAt(tokens, i) is { } phrase && !Enumerable.Range(i, phrase.Phrase.Length).Any(k => skip.Contains(k) || clause.Text.IsInMention(k)))
            {
                words.Add(PhraseWord(clause, i, phrase.Phrase.Length, phrase.Value));
                i += phrase.Phrase.Length - 1;
                continue;
            }

            if (clause.Text.IsInMention(i))
            {
                // "anti-Israel", "pro-Russian": the prefix is content even though the rest is a name.
                var dash = token.Lower.IndexOf('-', StringComparison.Ordinal);
                if (dash > 0 && token.Lower[..dash] is "anti" or "pro" or "non")
                {
                    words.Add(Word.Of(lexicon, token.Lower[..dash], token.Text[..dash], i));
                }

                continue;
            }

            if (lexicon.IsContent(token))
            {
                // "almost 38 million", "about 7 billion": an approximate figure is covered by one within rounding.
                var approximate = token.Kind == TokenKind.Number && i > 0 && lexicon.Approximators.Contains(tokens[i - 1].Lower);
                var word = Word.Of(lexicon, token.Stem, token.Text, i) with { IsApproximate = approximate };
                words.Add(StopsFrom(tokens, i) ? word with { Senses = [.. word.Senses, .. lexicon.Senses("prevent")] } : word);

                // "second-largest": the rank is a word of its own, which a sentence saying "largest" does not cover.
                var dash = token.Lower.IndexOf('-', StringComparison.Ordinal);
                if (dash > 0 && Ordinals.Contains(token.Lower[..dash]))
                {
                    words.Add(new Word(token.Lower[..dash], token.Lower[..dash], [token.Lower[..dash]], Index: i));
                }
            }
        }

        return words;
    }

    // The clause's verbs: a missed verb ("have eaten into", "had scaled back") changes what happened, so it is never an
    // allowed miss. A verb is a word the lexicon knows as one, or a word right after an auxiliary.
    private HashSet<string> VerbStems(ClauseContext clause)
    {
        var tokens = clause.Tokens;
        var verbs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Length; i++)
        {
            var afterAuxiliary = i > 0 && tokens[i - 1].Lower is "have" or "has" or "had" or "is" or "are" or "was" or "were" or "been" or "be" or "will" or "would" or "did" or "does";
            if (tokens[i].IsWord && !clause.Text.IsInMention(i) && (afterAuxiliary || (lexicon.IsVerb(tokens[i]) && i >= clause.PredicateIndex)))
            {
                verbs.Add(lexicon.Canonical(tokens[i].Stem));
            }
        }

        return verbs;
    }

    // Ranks that count ("third"); with "last", "only" and the like, every rank word.
    private static readonly HashSet<string> CountingOrdinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];

    private static readonly HashSet<string> Ordinals = [.. CountingOrdinals, "last", "latest", "final", "only"];

    /// <summary>
    /// An allowed miss must be an extra word, not a replaced one: "caps salmon catches" against "caps cod catches", or
    /// "the second meeting" against "the first meeting", changes the fact. A missed number or ordinal always counts.
    /// </summary>
    private bool MissesAreSubstitutions(IndexedSentence sentence, List<Word> words, HashSet<string> verbs)
    {
        var tokens = sentence.Text.Tokens;
        var atomStems = words.SelectMany(w => w.Senses).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            if (Covers(sentence, words[i]))
            {
                continue;
            }

            if (char.IsDigit(words[i].Stem[0]) || CalendarClass(words[i].Text) is not null || Ordinals.Contains(words[i].Text.ToLowerInvariant()) || verbs.Contains(words[i].Stem) || words[i].IsPhrase)
            {
                return true;
            }

            var before = Enumerable.Range(0, i).Reverse().Select(k => words[k]).FirstOrDefault(w => Covers(sentence, w));
            var after = Enumerable.Range(i + 1, words.Count - i - 1).Select(k => words[k]).FirstOrDefault(w => Covers(sentence, w));

            if (before.Stem is null || after.Stem is null)
            {
                continue;
            }

            var from = IndexOf(tokens, 0, before);
            var to = from < 0 ? -1 : IndexOf(tokens, from + 1, after);
            if (from >= 0 && to > from + 1 && to - from <= 4
                && Enumerable.Range(from + 1, to - from - 1).Any(k => lexicon.IsContent(tokens[k]) && !lexicon.SharesSense(tokens[k].Stem, atomStems)))
            {
                return true;
            }
        }

        return false;
    }

    // "pressed Baghdad to rein in the factions so they would stay out of the war": a negation inside a purpose or
    // hypothetical clause is what someone wanted, not what the statement asserts, so it decides nothing.
    private static bool NegationInPurposeClause(ClauseContext clause)
    {
        var tokens = clause.Tokens;
        return clause.NegationCues.Any(cue => Enumerable.Range(Math.Max(0, cue - 4), Math.Min(4, cue))
            .Any(i => tokens[i].Lower is "so" or "would" or "could" or "might" or "order" || (tokens[i].Lower == "to" && i == cue - 1 && i > 0 && tokens[i - 1].IsWord && !Lexicon.IsBeForm(tokens[i - 1].Lower) && tokens[i - 1].Lower is not ("has" or "have" or "had" or "yet"))));
    }

    // With several years in the sentence, the statement's year must be the one of the predicate's own phrase: the
    // first after the predicate before a break, else the last before it.
    private bool YearBelongsToPredicate(IndexedSentence sentence, Word predicate, string year, IEnumerable<string> figures)
    {
        if (sentence.Years.Count < 2)
        {
            return true;
        }

        var tokens = sentence.Text.Tokens;

        // "raised to 100 billion kroner in 2024" against "from 75 billion kroner in 2022 to 100 billion kroner in 2024":
        // a figure both give carries its own year.
        foreach (var figure in figures)
        {
            var at = tokens.IndexOf(tokens.FirstOrDefault(t => t.Kind == TokenKind.Number && !t.IsYear && t.Stem == figure)!);
            for (var i = at + 1; at >= 0 && i < Math.Min(tokens.Length, at + 5) && tokens[i].Text is not ("," or ";"); i++)
            {
                if (tokens[i].IsYear)
                {
                    return tokens[i].Text == year;
                }
            }
        }

        // A phrase ("came into force") is found as a phrase ("entered into force"), each of its uses a year of its own.
        if (predicate.IsPhrase)
        {
            var uses = lexicon.PhraseSynonyms.FindAll(tokens).Where(m => lexicon.PhraseSenses(m.Value).Any(predicate.Senses.Contains)).ToList();
            return uses.Count == 0 || uses.Any(m => YearOf(tokens, m.Index) is not { } own || own == year);
        }

        // Every use of the predicate counts ("one of the founding members of the UN in 1945 and … founded ASEAN … 1967").
        var anchor = IndexOf(tokens, 0, predicate);
        if (anchor < 0)
        {
            return true;
        }

        for (; anchor >= 0; anchor = IndexOf(tokens, anchor + 1, predicate))
        {
            if (YearOf(tokens, anchor) is not { } own || own == year)
            {
                return true;
            }
        }

        return false;
    }

    // The year of the phrase a word is in: the first after it before a break, else the last before it.
    private static string? YearOf(ImmutableArray<Token> tokens, int anchor)
    {
        for (var i = anchor + 1; i < tokens.Length && tokens[i].Text is not ("," or ";") && tokens[i].Lower is not ("and" or "but" or "while" or "whereas"); i++)
        {
            if (tokens[i].IsYear)
            {
                return tokens[i].Text;
            }
        }

        for (var i = anchor - 1; i >= 0 && tokens[i].Lower is not ("and" or "but" or "while" or "whereas" or ";"); i--)
        {
            if (tokens[i].IsYear)
            {
                return tokens[i].Text;
            }
        }

        return null;
    }

    // "The UAE condemned the seizure" after a sentence about a tanker's seizure: one missing noun the previous sentence
    // gives, when this sentence refers back with "the", "this" or "such". Never a verb or a figure, and never more than one.
    private static int FromContext(IndexedSentence sentence, List<Word> words, HashSet<string> verbs) =>
        sentence.ContextStems.Count == 0 || !sentence.Text.Tokens.Any(t => t.Lower is "the" or "this" or "these" or "that" or "those" or "such") ? 0
        : Math.Min(1, words.Count(w => !Covers(sentence, w) && !verbs.Contains(w.Stem) && !char.IsDigit(w.Stem[0]) && !w.IsPhrase && w.Senses.Any(sentence.ContextStems.Contains)));

    // "March" is a month, "Saturday" a day of the week (capitalised, so "may" the modal is neither): words that, like
    // figures, one of the same class replaces.
    private static string? CalendarClass(string word) => word.Length > 0 && char.IsUpper(word[0]) ? DateFinder.CalendarClass(word.ToLowerInvariant()) : null;

    // The sentence has another word of the missing one's kind: a figure (not a year) for a figure, a month for a month,
    // a rank for a rank ("the third dam" against "the first dam").
    private static bool HasRival(IndexedSentence sentence, Word missing) => CalendarClass(missing.Text) is { } kind
        ? sentence.Text.Tokens.Any(t => t.IsWord && t.IsCapitalised && CalendarClass(t.Text) == kind)
        : IsCountingOrdinal(missing.Text) ? sentence.Text.Tokens.Any(t => t.IsWord && IsCountingOrdinal(t.Text))
        : sentence.Text.Tokens.Any(t => t.Kind == TokenKind.Number && !t.IsYear);

    // "Sayphou would be the first dam", "was Ghana's first arrangement": a rank said of the subject is one of its
    // attributes, which another rank replaces; "hosted the second meeting" may be another occurrence of the act.
    private static bool IsPredicativeRank(ImmutableArray<Token> tokens, Word word)
    {
        if (word.Index < 1 || !IsCountingOrdinal(word.Text))
        {
            return false;
        }

        for (var i = word.Index - 1; i >= Math.Max(0, word.Index - 4); i--)
        {
            if (Lexicon.IsBeForm(tokens[i].Lower) || (tokens[i].Lower is "as" && i > 0 && tokens[i - 1].Lower is "ranks" or "ranked" or "rank" or "ranking"))
            {
                return true;
            }

            if (!(tokens[i].IsWord && (tokens[i].Lower is "the" or "its" or "their" or "'s" or "’s" || tokens[i].IsCapitalised)) && tokens[i].Lower is not ("'s" or "’s"))
            {
                return false;
            }
        }

        return false;
    }

    // A rank that counts ("third", "17th"), not "last" or "only".
    private static bool IsCountingOrdinal(string word) =>
        CountingOrdinals.Contains(word.ToLowerInvariant()) || (word.IndexOf('-', StringComparison.Ordinal) is > 0 and var dash && CountingOrdinals.Contains(word[..dash].ToLowerInvariant())) || (word.Length > 2 && char.IsDigit(word[0]) && word[^2..].ToLowerInvariant() is "st" or "nd" or "rd" or "th" && word[..^2].All(char.IsDigit));

    // "5.1 million tonnes" where the source gives "5 million tonnes": within rounding, for the frame rules to weigh.
    private static bool WithinRounding(IndexedSentence sentence, Word figure) =>
        BuiltInRules.AnyWithinRounding(figure.Stem, sentence.Text.Tokens.Where(t => t.Kind == TokenKind.Number && !t.IsYear).Select(t => t.Stem), figure.IsApproximate);

    // A measure that recurs ("trade reached 75 billion dollars in 2023") compares its figure only within one year.
    private static bool SameYear(IndexedSentence sentence, string? year) => year is not null && sentence.Years.Count == 1 && sentence.Years.Contains(year);

    // The month the sentence gives in the statement's year when it is another one: null when the sentence gives that
    // month (or no month for that year).
    private static PartialDate? OtherMonth(IndexedSentence sentence, PartialDate wanted)
    {
        var sameYear = sentence.Dates.Where(d => d.Year == wanted.Year && d.Month is not null).ToList();
        return sameYear.Count == 0 || sameYear.Any(d => d.Month == wanted.Month) ? null : sameYear[0];
    }

    // "in April 2023" is not supported by a sentence that gives 2023 alone: the statement says more than it does.
    private static bool MonthNotGiven(IndexedSentence sentence, PartialDate? wanted) =>
        wanted is { Month: not null } date && !sentence.Dates.Any(d => d.Year == date.Year && d.Month == date.Month);

    // "the first president" is not supported by "the first summit … President Biden": an ordinal or superlative must
    // qualify the same noun in the sentence as in the statement (the next content word, within two words).
    private bool OrdinalsQualifySameNoun(ClauseContext clause, IndexedSentence sentence)
    {
        var own = clause.Tokens;
        var tokens = sentence.Text.Tokens;
        for (var i = 0; i + 1 < own.Length; i++)
        {
            if ((!Ordinals.Contains(own[i].Lower) || own[i].Lower == "only") && own[i].Lower is not ("largest" or "biggest" or "smallest" or "highest" or "lowest" or "greatest" or "oldest" or "newest" or "longest" or "closest" or "strongest"))
            {
                continue;
            }

            var noun = Enumerable.Range(i + 1, Math.Min(2, own.Length - i - 1)).FirstOrDefault(k => own[k].IsWord && lexicon.IsContent(own[k]), -1);
            if (noun < 0 || !tokens.Any(t => t.Lower == own[i].Lower))
            {
                continue;
            }

            // The sentence's ordinal must qualify the same noun, and not one it then names as someone else ("the
            // country's first president, Nursultan Nazarbayev" says nothing of Tokayev being the first).
            var nounSenses = lexicon.Senses(own[noun].Stem);
            var qualified = Enumerable.Range(0, tokens.Length).Where(k => tokens[k].Lower == own[i].Lower)
                .Any(k => Enumerable.Range(k + 1, Math.Min(2, tokens.Length - k - 1)).Any(m => lexicon.SharesSense(tokens[m].Stem, nounSenses) && !NamesAnother(clause, sentence, m + 1)));
            if (!qualified)
            {
                return false;
            }
        }

        return true;
    }

    // ", Nursultan Nazarbayev" right after a phrase: an apposition naming a holder the statement does not name.
    private static bool NamesAnother(ClauseContext clause, IndexedSentence sentence, int at)
    {
        var tokens = sentence.Text.Tokens;
        for (var skip = 0; skip < 2 && at < tokens.Length && tokens[at].Text != "," && tokens[at].IsWord && !tokens[at].IsCapitalised; skip++)
        {
            at++; // "first prime minister, Toaripi Lauti": past the rest of the noun
        }

        if (at + 1 >= tokens.Length || tokens[at].Text != "," || !tokens[at + 1].IsCapitalised || sentence.Text.MentionAt(at + 1) is { Entity.Kind: not EntityKind.Person })
        {
            return false;
        }

        var end = at + 1;
        while (end < tokens.Length && tokens[end].IsWord && (tokens[end].IsCapitalised || tokens[end].Lower.StartsWith("al-", StringComparison.Ordinal)))
        {
            end++;
        }

        var surname = ProperNames.Fold(tokens[end - 1].Text);
        return !ProperNames.Fold(clause.Text.Text).Contains(surname, StringComparison.Ordinal);
    }

    // "30% of global trade" is not supported by "12% of global trade and 30% of container traffic": the noun a figure
    // counts (the first content word after it, past "percent of", "all", currency words) must follow the same figure
    // in the sentence, within a few words.
    private bool FiguresQualifySameNoun(ClauseContext clause, IndexedSentence sentence)
    {
        var own = clause.Tokens;
        var tokens = sentence.Text.Tokens;
        for (var i = 0; i < own.Length; i++)
        {
            if (own[i].Kind != TokenKind.Number || own[i].IsYear || clause.Date is { } date && i >= date.First && i < date.End)
            {
                continue;
            }

            // The figure's own noun phrase: past count words, "of" and articles, the next word must be a content word
            // ("30% of all global trade" → global); a preposition or a date ends it ("rose 3.2 percent on Tuesday").
            var noun = i + 1;
            while (noun < own.Length && (IsCountWord(own[noun].Lower) || own[noun].Lower is "of" or "the" or "a" or "an" or "'s" || (clause.Text.IsInMention(noun) && noun + 1 < own.Length && own[noun + 1].Lower == "'s")))
            {
                noun++;
            }

            if (noun >= own.Length || !own[noun].IsWord || !lexicon.IsContent(own[noun]) || clause.Text.IsInMention(noun) || own[noun].IsCapitalised)
            {
                continue;
            }

            var senses = lexicon.Senses(own[noun].Stem);
            var occurrences = Enumerable.Range(0, tokens.Length).Where(k => tokens[k].Kind == TokenKind.Number && tokens[k].Stem == own[i].Stem).ToList();
            if (occurrences.Count > 0 && !occurrences.Any(k => Enumerable.Range(k + 1, Math.Max(0, Math.Min(5, tokens.Length - k - 1))).Any(m => lexicon.SharesSense(tokens[m].Stem, senses))))
            {
                return false;
            }
        }

        return true;

        // Words that say how a figure is counted, not what: "percent", "per", "cent", currencies and units of time.
        static bool IsCountWord(string lower) => lower is "percent" or "per" or "cent" or "%" or "dollars" or "dollar" or "euros" or "euro" or "pounds" or "pound"
            or "all" or "about" or "some" or "years" or "year" or "months" or "month" or "days" or "day" or "weeks" or "week" or "times";
    }

    // "four members backed it, nine voted against" is not "nine in favour, four against": with two figures or more, the
    // sentence must give them in the statement's order, else which figure goes with which word is unknown.
    private static bool FiguresInSameOrder(ClauseContext clause, IndexedSentence sentence)
    {
        var tokens = sentence.Text.Tokens;
        var own = clause.Tokens;
        var figures = own.Where((t, i) => t.Kind == TokenKind.Number && !t.IsYear && !SentenceReferences.IsGroupReference(own, i)).Select(t => t.Stem).Distinct(StringComparer.Ordinal).ToList();

        // "fell to 785,000 from 1.2 million": "from" and "to" say which figure is which, in any order, but each figure
        // must have the same marker on both sides ("to 804 million from 428 million" is not "to 428 million from 804").
        static string? MarkerOf(ImmutableArray<Token> words, int at) =>
            Enumerable.Range(Math.Max(0, at - 3), Math.Min(3, at)).Reverse().Select(k => words[k].Lower).FirstOrDefault(w => w is "from" or "to");
        static Dictionary<string, string> Markers(ImmutableArray<Token> words)
        {
            var markers = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < words.Length; i++)
            {
                if (words[i].Kind == TokenKind.Number && !words[i].IsYear && MarkerOf(words, i) is { } marker)
                {
                    markers.TryAdd(words[i].Stem, marker);
                }
            }

            return markers;
        }

        var ownMarkers = Markers(own);
        var sentenceMarkers = Markers(tokens);
        if (ownMarkers.Any(p => sentenceMarkers.TryGetValue(p.Key, out var other) && other != p.Value))
        {
            return false;
        }

        if (figures.Count < 2 || (ownMarkers.Count > 0 && sentenceMarkers.Count > 0))
        {
            return true;
        }

        var positions = figures.Select(f => tokens.IndexOf(tokens.FirstOrDefault(t => t.Kind == TokenKind.Number && t.Stem == f)!)).ToList();
        return positions.Zip(positions.Skip(1)).All(p => p.First < p.Second);
    }

    // The first content verb at or after the clause's predicate position ("were insulated" → insulated).
    // "to stop the factions from taking part": "stop someone from" is to prevent, not to cease doing something.
    private static bool StopsFrom(ImmutableArray<Token> tokens, int i) =>
        tokens[i].Stem == "stop" && Enumerable.Range(i + 2, Math.Max(0, Math.Min(5, tokens.Length - i - 2))).Any(k => tokens[k].Lower == "from");

    private Word? MainPredicate(ClauseContext clause)
    {
        var light = lexicon.LightPhrases.FindAll(clause.Tokens).Concat(lexicon.Modals.FindAll(clause.Tokens)).SelectMany(m => Enumerable.Range(m.Index, m.End - m.Index)).ToHashSet();
        for (var i = clause.PredicateIndex; i < clause.Tokens.Length; i++)
        {
            var token = clause.Tokens[i];
            if (light.Contains(i))
            {
                continue; // "took place", "amounted to": no act of their own
            }

            if (token.IsWord && !clause.Text.IsInMention(i) && lexicon.IsContent(token) && !clause.NegationCues.Contains(i) && !lexicon.IsControlVerb(clause.Tokens, i))
            {
                if (lexicon.PhraseSynonyms.MatchAt(clause.Tokens, i) is { } phrase)
                {
                    return PhraseWord(clause, i, phrase.Phrase.Length, phrase.Value); // "lost their lives" → die
                }

                if (i > 0 && lexicon.PhraseSynonyms.MatchAt(clause.Tokens, i - 1) is { } opened)
                {
                    return PhraseWord(clause, i - 1, opened.Phrase.Length, opened.Value); // "is to be based in" → headquarter
                }

                return lexicon.IsVerb(token) || token.Lower.EndsWith("ed", StringComparison.Ordinal) ? Word.Of(lexicon, token.Stem, token.Text, i) : null;
            }
        }

        return null;
    }

    // The polarity of the sentence's clause that holds the matched words: negation cues between the clause start and the last match.
    private Polarity? LocalPolarity(IndexedSentence sentence, List<Word> words)
    {
        var tokens = sentence.Text.Tokens;
        var wanted = words.SelectMany(w => w.Senses).ToHashSet(StringComparer.Ordinal);
        var first = -1;
        var last = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (lexicon.SharesSense(tokens[i].Stem, wanted))
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        if (first < 0)
        {
            return Polarity.Asserted;
        }

        // "Vietnam welcomed the ruling, while China rejected the ruling": when every word matched after a contrast was
        // matched before it already, the later clause is another one about the same thing, and its negation is not ours.
        for (var i = first + 1; i < last; i++)
        {
            if (tokens[i].Text == ";" || tokens[i].Lower is "while" or "whereas" or "but" or "although")
            {
                var before = Enumerable.Range(first, i - first).Where(k => lexicon.SharesSense(tokens[k].Stem, wanted)).ToList();
                var seen = before.Select(k => lexicon.Canonical(tokens[k].Stem)).ToHashSet(StringComparer.Ordinal);
                var after = Enumerable.Range(i + 1, last - i).Where(k => lexicon.SharesSense(tokens[k].Stem, wanted));
                if (before.Count > 0 && after.All(k => seen.Contains(lexicon.Canonical(tokens[k].Stem))))
                {
                    last = before[^1];
                }

                break;
            }
        }

        // The clause's start: a comma, a contrast, or an "and" that opens a predicate of its own ("does not have formal
        // relations with Israel and continues to reject normalization").
        var start = first;
        while (start > 0 && tokens[start - 1].Text is not ("," or ";") && tokens[start - 1].Lower is not ("while" or "but" or "whereas" or "although")
            && !(tokens[start - 1].Lower == "and" && ClauseSplitter.IsPredicate(sentence.Text, start, lexicon.IsVerb)))
        {
            start--;
        }

        // A cue negates the words right after it ("has not joined", "refrained from blaming"), not a whole clause.
        // Within four words after the cue, not counting function words ("avoid getting entangled in the conflict").
        bool GovernsMatch(int cue)
        {
            var seen = 0;
            for (var i = cue + 1; i < tokens.Length && seen < 4 && tokens[i].Text is not ("," or ";"); i++)
            {
                if (lexicon.SharesSense(tokens[i].Stem, wanted))
                {
                    return true;
                }

                seen += lexicon.IsContent(tokens[i]) ? 1 : 0;
            }

            return false;
        }

        var inClause = sentence.NegationCues.Where(c => c >= start && c <= last).ToList();
        if (inClause.Any(c => !GovernsMatch(c)))
        {
            return null; // a negation in the clause whose scope we cannot place: say nothing
        }

        return inClause.Count % 2 == 1 ? Polarity.Denied : Polarity.Asserted;
    }

    public bool Related(string a, string b) => entities.AreRelated(a, b);

    private Word PhraseWord(ClauseContext clause, int start, int length, string meaning) =>
        new(lexicon.Canonical(lexicon.Stemmer.Stem(meaning)), clause.Text.Slice(start, start + length), lexicon.PhraseSenses(meaning), IsPhrase: true, Index: start);

    private static bool Covers(IndexedSentence sentence, Word word) =>
        word.Senses.Any(sentence.Stems.Contains) || (word.IsApproximate && WithinRounding(sentence, word));

    private int IndexOf(ImmutableArray<Token> tokens, int start, Word word)
    {
        for (var i = start; i < tokens.Length; i++)
        {
            if (Matches(tokens[i], word))
            {
                return i;
            }
        }

        return -1;
    }

    private bool Matches(Token token, Word word) => lexicon.SharesSense(token.Stem, word.Senses);

    /// <summary>A content word of the statement: its canonical stem, its text, and every sense it compares as.</summary>
    private readonly record struct Word(string Stem, string Text, ImmutableArray<string> Senses, bool IsPhrase = false, int Index = -1)
    {
        /// <summary>A figure the statement gives as approximate ("almost 38 million").</summary>
        public bool IsApproximate { get; init; }

        public static Word Of(Lexicon lexicon, string stem, string text, int index = -1) => new(lexicon.Canonical(stem), text, lexicon.Senses(stem), Index: index);
    }
}

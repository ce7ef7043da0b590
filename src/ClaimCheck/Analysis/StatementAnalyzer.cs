using System.Collections.Immutable;
using ClaimCheck.Checking;
using ClaimCheck.Entities;
using ClaimCheck.Text;

namespace ClaimCheck.Analysis;

/// <summary>
/// Turns a statement into atoms: modality (question, conditional, prediction, opinion), attribution stripped
/// ("According to officials, …"), conjunctions split, then for each atom its polarity, date and typed frames.
/// </summary>
internal sealed class StatementAnalyzer
{
    private readonly Lexicon _lexicon;
    private readonly EntityRegistry _entities;
    private readonly TermMatcher _terms;
    private readonly FrameReader _reader;

    public StatementAnalyzer(Lexicon lexicon, EntityRegistry entities, TermMatcher terms, OfficeDirectory offices)
    {
        _lexicon = lexicon;
        _entities = entities;
        _terms = terms;
        _reader = new FrameReader(lexicon, offices, entities);
    }

    /// <summary>An analysed atom: the public view plus the clause the rules may read further.</summary>
    public sealed record AnalyzedAtom(StatementAtom Atom, ClauseContext? Clause)
    {
        /// <summary>
        /// The names an attribution gives the words to ("Vasile Ciobanu" in "Minister Vasile Ciobanu said that…"): the
        /// statement is right only if the source gives them to the same person.
        /// </summary>
        public ImmutableArray<ProperNames.Name> AttributedTo { get; init; } = [];

        /// <summary>
        /// Whom the attribution says the speaker speaks for ("the employers' group" in "de Vries, speaking for the
        /// employers' group, said…"), or null: the source must say so too.
        /// </summary>
        public AtomText? SpeakerAffiliation { get; init; }
    }

    /// <summary>The slot that holds a frame's subject, per kind (for coordinated subjects and coreference).</summary>
    public static string? SubjectSlot(ClaimCheck.Claims.ClaimKind kind) => kind switch
    {
        ClaimCheck.Claims.ClaimKind.Membership => "member",
        ClaimCheck.Claims.ClaimKind.Vote => "voter",
        ClaimCheck.Claims.ClaimKind.Relations => "party",
        ClaimCheck.Claims.ClaimKind.Sanctions => "actor",
        ClaimCheck.Claims.ClaimKind.Stance => "actor",
        ClaimCheck.Claims.ClaimKind.Event => "actor",
        ClaimCheck.Claims.ClaimKind.Statement => "speaker",
        ClaimCheck.Claims.ClaimKind.Quantity => "subject",
        _ => null,
    };

    /// <summary>
    /// Analyses a statement. With <paramref name="previousSubject"/> (source sentences read in order), an anaphoric
    /// subject ("The country…", "It…") refers to it. A coordinated subject ("Norway, Iceland and Denmark signed…")
    /// gives one atom per entity. A <paramref name="sourceSentence"/> keeps a long speaker phrase ("Baghdad Operations
    /// Commander, Lieutenant General Walid Al-Tamimi, confirmed that…"): the office it gives is a fact to extract.
    /// </summary>
    public ImmutableArray<AnalyzedAtom> Analyze(string statement, Entity? previousSubject = null, Entity? contextOrganisation = null, ImmutableArray<Entity> previousGroup = default, bool sourceSentence = false)
    {
        var analyzed = AnalyzeWhole(statement, previousSubject, contextOrganisation, previousGroup, sourceSentence);
        if (!analyzed.Any(a => a.Clause is { CoordinatedSubjects.Length: >= 2 }))
        {
            return analyzed;
        }

        var result = ImmutableArray.CreateBuilder<AnalyzedAtom>();
        foreach (var atom in analyzed)
        {
            if (atom.Clause is not { CoordinatedSubjects.Length: >= 2 } clause)
            {
                result.Add(atom);
                continue;
            }

            var first = clause.CoordinatedSubjects[0].Id;
            foreach (var entity in clause.CoordinatedSubjects)
            {
                // Relations are symmetric ("Denmark and Taiwan have no relations" is one fact): not distributed.
                var frames = atom.Atom.Frames
                    .Select(f => f.Kind != ClaimCheck.Claims.ClaimKind.Relations && SubjectSlot(f.Kind) is { } slot && f.Slot(slot)?.First == first
                        && !f.Slots.Any(other => other.Key != slot && other.Value.Values.Contains(entity.Id))
                        ? f with { Slots = f.Slots.SetItem(slot, new ClaimCheck.Claims.SlotValue(f.Slots[slot].Type, [entity.Id])) }
                        : f)
                    .ToImmutableArray();
                if (entity != clause.CoordinatedSubjects[0] && frames.SequenceEqual(atom.Atom.Frames))
                {
                    continue; // nothing was distributed (a symmetric relation): one atom is enough
                }

                result.Add(atom with { Atom = atom.Atom with { Frames = frames } });
            }
        }

        return result.ToImmutable();
    }

    private ImmutableArray<AnalyzedAtom> AnalyzeWhole(string statement, Entity? previousSubject, Entity? contextOrganisation, ImmutableArray<Entity> previousGroup, bool sourceSentence)
    {
        if (string.IsNullOrWhiteSpace(statement))
        {
            return [];
        }

        var text = TextFolding.FoldQuotes(statement);
        var whole = Prepare(text);
        // A statement's prediction or plan ("Riga will ask Brussels for…") is read like an assertion, to be compared with
        // the plans the sources state; questions, conditionals and opinions assert nothing.
        var modality = DetectModality(whole);
        if (modality != Modality.Assertion && (modality != Modality.Prediction || sourceSentence))
        {
            var trimmed = statement.Trim();
            return [new AnalyzedAtom(new StatementAtom { Text = trimmed, Start = statement.IndexOf(trimmed, StringComparison.Ordinal), Length = trimmed.Length, Modality = modality, Mentions = whole.Mentions }, null)];
        }

        var contentStart = Contrasts.FindContrastFocus(whole) is null ? SkipAttribution(whole, sourceSentence) : 0; // "It was X that…" is no attribution
        var atoms = ImmutableArray.CreateBuilder<AnalyzedAtom>();

        // "…, the article says." / "…, Baghdad Operations Commander Lt. Gen. Al-Tamimi said.": a trailing attribution.
        Entity? trailingSpeaker = null;
        int? contentEnd = null;
        // The speaker's names, not those of a leading phrase ("Speaking to Al Jazeera Net, …").
        var speakerFrom = LeadingPhraseEnd(whole) is var leadingEnd and > 0 && leadingEnd < contentStart ? leadingEnd : 0;
        var attributedTo = contentStart > 0 ? ProperNames.OfSpeakers(Prepare(whole.Slice(speakerFrom, contentStart)), _lexicon) : [];
        var affiliation = contentStart > 0 ? Affiliation(Prepare(whole.Slice(speakerFrom, contentStart))) : null;
        var trailing = TrailingAttribution(whole, contentStart);
        if (trailing is { } cut)
        {
            attributedTo.AddRange(ProperNames.OfSpeakers(Prepare(whole.Slice(cut.Comma + 1, whole.Tokens.Length)), _lexicon));
            trailingSpeaker = whole.MentionsIn(cut.Comma, whole.Tokens.Length).FirstOrDefault(m => m.Mention.Entity.Kind is EntityKind.Person or EntityKind.Organisation).Mention?.Entity;
            contentEnd = text[..whole.Tokens[cut.Comma].Start].TrimEnd().Length;
            whole = Prepare(text[..contentEnd.Value] + "."); // read as a sentence of its own; the period is not the statement's
        }


        // "According to Al-Tamimi, each embassy is guarded…", "Al-Khafaji said that…": the source may record the words
        // as that person's, so each atom is also read as a statement by them.
        var speaker = (contentStart > 0 ? whole.MentionsIn(0, contentStart).FirstOrDefault(m => m.Mention.Entity.Kind is EntityKind.Person or EntityKind.Organisation).Mention?.Entity : null)
            ?? trailingSpeaker;
        var body = Sub(whole, contentStart);

        // "Unlike its bond with the US, Iraq has no historical ties to Russia": the contrast phrase is not the statement,
        // and its words (a status, a name) must not be read into it.
        if (body.Tokens.Length > 3 && body.Tokens[0].Lower == "unlike" && Array.FindIndex(body.Tokens.ToArray(), t => t.Text == ",") is > 1 and var unlikeComma && unlikeComma + 1 < body.Tokens.Length)
        {
            contentStart += unlikeComma + 1;
            body = Sub(whole, contentStart);
        }

        // "…bought its jets from France rather than from Russia": the statement also denies the act with the contrasted name.
        if (Contrasts.FindObjectContrast(body, _lexicon) is { } objectContrast)
        {
            var (keepEnd, contrastFirst, contrastEnd, resume) = objectContrast;
            var before = body.Text[..body.Tokens[keepEnd - 1].End];
            var after = resume < body.Tokens.Length ? body.Text[body.Tokens[resume].Start..] : "";
            var contrasted = body.Slice(contrastFirst, contrastEnd);
            string Join(string head, string tail) => tail.Length > 0 && char.IsPunctuation(tail[0]) ? head + tail : $"{head} {tail}".TrimEnd();
            var kept = Prepare(Join(before, after));

            // The contrasted name in the kept name's place, with "never" before the verb that governs it.
            var keptName = Contrasts.FindMentionEndingAt(body, keepEnd);
            var swapped = Prepare(Join($"{body.Text[..body.Tokens[keptName].Start]}{contrasted}", after));
            var verb = Enumerable.Range(0, Math.Min(keptName, swapped.Tokens.Length)).LastOrDefault(k => ClauseSplitter.IsPredicate(swapped, k, _lexicon.IsVerb), -1);

            if (verb > 0)
            {
                var denied = Prepare($"{swapped.Text[..swapped.Tokens[verb].Start]}never {swapped.Text[swapped.Tokens[verb].Start..]}");
                var at = body.Tokens[contrastFirst].Start + OffsetOf(whole, contentStart);
                atoms.Add(AnalyzeClause(denied, at, contrasted.Length, null, contextOrganisation));
                body = kept;
            }
        }

        // "It was Tehran, not Washington, that pressured…" / "Tehran, not Washington, pressured…": the focus did it, and
        // the contrasted name did not.
        if (Contrasts.FindContrastFocus(body) is { } focus)
        {
            var rest = body.Slice(focus.RestStart, body.Tokens.Length);
            var restStart = body.Tokens[focus.RestStart].Start + OffsetOf(whole, contentStart);
            if (focus.Contrast is { } contrast)
            {
                var denied = Prepare($"{body.Slice(contrast.First, contrast.End)} never {rest}");
                atoms.Add(AnalyzeClause(denied, restStart, rest.Length, null, contextOrganisation));
            }

            body = Prepare($"{body.Slice(focus.First, focus.End)} {rest}");
        }

        // "Elena Romansky, Britain's ambassador to Iraq, called…": the appositive is an assertion of its own.
        if (FindAppositive(body) is { } appositive)
        {
            var (nameEnd, first, end) = appositive;
            var name = body.Slice(0, nameEnd);
            var inner = body.Slice(first, end);
            var asserted = Prepare($"{name} is {inner}");
            atoms.Add(AnalyzeClause(asserted, body.Tokens[first].Start + OffsetOf(whole, contentStart), inner.Length, null, contextOrganisation));
            var rest = body.Text[..body.Tokens[nameEnd].Start].TrimEnd() + " " + body.Text[(end + 1 < body.Tokens.Length ? body.Tokens[end + 1].Start : body.Text.Length)..];
            body = Prepare(rest);
        }

        // "Lula visited Washington in February 2023 and met Biden": a clause joined by "and" that shares the first one's
        // subject and has no date of its own happened on the same occasion, when the sentence gives one date only.
        var sentenceDates = DateFinder.FindAll(body.Tokens).Select(d => d.Date).Distinct().ToList();
        string? previousPredicate = null;
        foreach (var clause in ClauseSplitter.Split(body, _lexicon.IsVerb, trailingParticiples: !sourceSentence))
        {
            var own = body.Slice(clause.Start, clause.End);
            if (own.Length == 0)
            {
                continue;
            }

            var subject = clause.BorrowsSubject ? body.Slice(clause.SubjectStart, clause.SubjectEnd) + " " : "";
            // "Mindful of US backing, Iraq's leaders…" read as "Iraq's leaders mindful of US backing": the leading word
            // is no longer capitalised by its place, so it must not read as a name.
            if (clause.BorrowsSubject && clause.Start == 0 && !body.IsInMention(0) && own.Length > 1 && char.IsUpper(own[0]) && !char.IsUpper(own[1]))
            {
                own = char.ToLowerInvariant(own[0]) + own[1..];
            }

            var atomText = Prepare(subject + own);

            // "…, whereas Uzbekistan does not.", "…, and so does Chile": the previous clause's predicate, said of this
            // subject (denied when the ellipsis is).
            if (previousPredicate is not null && Ellipsis(atomText) is { } ellipsis)
            {
                atomText = Prepare($"{ellipsis.Subject} {(ellipsis.Denied ? "never " : "")}{previousPredicate}");
            }
            else
            {
                var predicateAt = ClauseSplitter.FirstPredicate(atomText, 0, atomText.Tokens.Length, _lexicon.IsVerb);
                previousPredicate = predicateAt > 0 ? atomText.Text[atomText.Tokens[predicateAt].Start..].TrimEnd('.', ' ') : null;
            }

            var start = Math.Min(body.Tokens[clause.Start].Start + OffsetOf(whole, contentStart), Math.Max(0, statement.Length - 1));
            var analyzed = AnalyzeClause(atomText, start, own.Length, previousSubject, contextOrganisation, previousGroup);
            var joinedByAnd = clause.Start > 0 && body.Tokens[clause.Start - 1].Lower == "and";
            if (clause.BorrowsSubject && joinedByAnd && !clause.IsBackground && sentenceDates.Count == 1 && analyzed.Atom.Time is null)
            {
                var date = sentenceDates[0];
                analyzed = analyzed with
                {
                    Atom = analyzed.Atom with { Time = date, Frames = [.. analyzed.Atom.Frames.Select(f => f.Time is null ? f with { Time = date } : f)] },
                };
            }

            if (clause.IsBackground)
            {
                analyzed = analyzed with { Atom = analyzed.Atom with { IsBackground = true } };
            }

            if (speaker is not null)
            {
                var said = new Frame
                {
                    Kind = ClaimCheck.Claims.ClaimKind.Statement,
                    Slots = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new[]
                    {
                        KeyValuePair.Create("content", new ClaimCheck.Claims.SlotValue(ClaimCheck.Claims.SlotType.Text, [atomText.Text])),
                        KeyValuePair.Create("speaker", new ClaimCheck.Claims.SlotValue(ClaimCheck.Claims.SlotType.Entity, [speaker.Id])),
                    }),
                    Polarity = analyzed.Clause!.PolarityIgnoring([]),
                    Time = analyzed.Atom.Time,
                };
                analyzed = analyzed with { Atom = analyzed.Atom with { Frames = analyzed.Atom.Frames.Add(said) } };
            }

            atoms.Add(analyzed);
        }

        // An atom's span stays inside the statement as written: the period added after a cut attribution is not in it.
        if (contentEnd is { } limit)
        {
            for (var k = 0; k < atoms.Count; k++)
            {
                if (atoms[k].Atom is { } atom && atom.Start + atom.Length > limit && atom.Start < limit)
                {
                    var length = limit - atom.Start;
                    atoms[k] = atoms[k] with { Atom = atom with { Length = length, Text = statement.Substring(atom.Start, length) } };
                }
            }
        }

        return [.. atoms.Select(a => a with
        {
            // A plan is compared with the plans the sources state, sentence by sentence; typed claims are facts.
            Atom = modality == Modality.Prediction ? a.Atom with { Modality = modality, Frames = [] } : a.Atom,
            AttributedTo = [.. attributedTo],
            SpeakerAffiliation = affiliation,
        })];
    }

    // "…, speaking for the employers' group Havenwerkgevers, said", "…, a spokeswoman for FNV Havens, said": the words
    // after "for" (or "of") that follows a spokesperson's word, up to the next comma.
    private AtomText? Affiliation(AtomText speaker)
    {
        var tokens = speaker.Tokens;
        for (var i = 0; i + 2 < tokens.Length; i++)
        {
            if (tokens[i].Lower is "speaking" or "spokesman" or "spokeswoman" or "spokesperson" or "representing" or "representative"
                && tokens[i + 1].Lower is "for" or "of")
            {
                var from = tokens[i].Lower == "representing" ? i + 1 : i + 2;
                var end = from;
                while (end < tokens.Length && tokens[end].Text is not ("," or ";"))
                {
                    end++;
                }

                return end > from ? Prepare(speaker.Slice(from, end)) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// An appositive after the leading name: "NAME, [role words…], predicate…" where the part between the commas
    /// names an office and has no verb. Returns the token index of the first comma, and the appositive's token range.
    /// </summary>
    private (int NameEnd, int First, int End)? FindAppositive(AtomText text)
    {
        var tokens = text.Tokens;
        if (text.Mentions.IsEmpty || text.MentionRanges[0].First != 0 && !(text.MentionRanges[0].First == 1 && tokens[0].Lower == "the"))
        {
            return null;
        }

        var nameEnd = text.MentionRanges[0].End;
        if (nameEnd >= tokens.Length || tokens[nameEnd].Text != ",")
        {
            return null;
        }

        var close = -1;
        var hasRole = false;
        for (var i = nameEnd + 1; i < tokens.Length; i++)
        {
            if (tokens[i].Text == ",")
            {
                close = i;
                break;
            }

            if (_lexicon.IsVerb(tokens[i]) && !text.IsInMention(i))
            {
                return null;
            }

            hasRole |= _lexicon.Office.Roles.MatchAt(tokens, i) is not null;
        }

        return hasRole && close > nameEnd + 1 && close + 1 < tokens.Length ? (nameEnd, nameEnd + 1, close) : null;
    }

    /// <summary>Tokens, mentions and negation cues of a source sentence, for alignment.</summary>
    public (AtomText Text, ImmutableArray<int> NegationCues) PrepareSentence(string sentence)
    {
        var text = Prepare(TextFolding.FoldQuotes(sentence));
        return (text, FindNegationCues(text));
    }

    private AnalyzedAtom AnalyzeClause(AtomText text, int start, int length, Entity? previousSubject, Entity? contextOrganisation, ImmutableArray<Entity> previousGroup = default)
    {
        var cues = FindNegationCues(text);
        var date = DateFinder.Find(text.Tokens);
        var clause = new ClauseContext(text, _lexicon, cues, date, _terms, previousSubject, previousGroup) { ContextOrganisation = contextOrganisation };
        var frames = _reader.Read(clause);
        var atom = new StatementAtom
        {
            Text = text.Text,
            Start = start,
            Length = length,
            Polarity = clause.PolarityIgnoring([]),
            Mentions = text.Mentions,
            Frames = frames,
            Time = date?.Date,
        };
        return new AnalyzedAtom(atom, clause);
    }

    private AtomText Prepare(string text)
    {
        var tokens = Tokenizer.Tokenize(text, _lexicon.Stemmer);
        return new AtomText(text, tokens, _entities.FindMentions(text));
    }

    private AtomText Sub(AtomText whole, int fromToken)
    {
        if (fromToken <= 0)
        {
            return whole;
        }

        return Prepare(whole.Text[whole.Tokens[fromToken].Start..]);
    }

    private static int OffsetOf(AtomText whole, int fromToken) => fromToken <= 0 ? 0 : whole.Tokens[fromToken].Start;

    private ImmutableArray<int> FindNegationCues(AtomText text)
    {
        var tokens = text.Tokens;
        var excluded = new HashSet<int>();
        foreach (var match in _lexicon.NotNegation.FindAll(tokens))
        {
            for (var i = match.Index; i < match.End; i++)
            {
                excluded.Add(i);
            }
        }

        var cues = ImmutableArray.CreateBuilder<int>();
        var i2 = 0;
        while (i2 < tokens.Length)
        {
            if (excluded.Contains(i2))
            {
                i2++;
                continue;
            }

            // A verb that stops what follows it; "little history of", "few ties": quantity words that deny (but "a little",
            // "a few" do not).
            if (IsCessationCue(tokens, i2)
                || (tokens[i2].Lower is "little" or "few" && (i2 == 0 || tokens[i2 - 1].Lower is not ("a" or "the" or "very" or "quite"))))
            {
                cues.Add(i2);
                i2++;
            }
            else if (_lexicon.NegationPhrases.MatchAt(tokens, i2) is { } phrase)
            {
                // "declined to roughly 785,000": a figure after "declined to" is a fall, not a refusal.
                var next = i2 + phrase.Phrase.Length;
                var figureFollows = tokens[i2].Stem.StartsWith("declin", StringComparison.Ordinal) && next < tokens.Length
                    && (tokens[next].Kind == TokenKind.Number || tokens[next].Lower is "about" or "roughly" or "around" or "nearly" or "some" or "just");
                if (!figureFollows)
                {
                    cues.Add(i2);
                }

                i2 += phrase.Phrase.Length;
            }
            else if (_lexicon.NegationWords.MatchAt(tokens, i2) is { } word)
            {
                // "neither X nor Y" is one negation, not two.
                var pairedNor = tokens[i2].Lower == "nor" && cues.Any(c => tokens[c].Lower == "neither");
                if (!pairedNor)
                {
                    cues.Add(i2);
                }

                i2 += word.Phrase.Length;
            }
            else
            {
                i2++;
            }
        }

        return cues.ToImmutable();
    }

    private Modality DetectModality(AtomText text)
    {
        var tokens = text.Tokens;
        if (tokens.Length == 0)
        {
            return Modality.Opinion;
        }

        var last = tokens[^1];
        if (last.Text == "?")
        {
            return Modality.Question;
        }

        if (_lexicon.ConditionalStarters.MatchAt(tokens, 0) is { } conditional)
        {
            // "Should Iraq join…" / "Were Iraq to…" only when inverted (an entity follows).
            var word = tokens[0].Lower;
            if (word is not ("should" or "were" or "had") || text.IsInMention(conditional.Phrase.Length))
            {
                return Modality.Conditional;
            }
        }

        // "…, if Iraq joined…" with a modal main clause.
        var ifIndex = tokens.IndexOf(tokens.FirstOrDefault(t => t.Lower is "if" or "unless")!);
        if (ifIndex > 0 && tokens.Any(t => t.Lower is "would" or "could" or "might" or "will"))
        {
            return Modality.Conditional;
        }

        if (_lexicon.OpinionMarkers.FindAll(tokens, 0, Math.Min(tokens.Length, 4)).Any() || _lexicon.Evaluative.FindAll(tokens).Any())
        {
            return Modality.Opinion;
        }

        // "Some analysts argue that…", "Critics say…", "Many believe…" (not "Like many states, …": a noun ends the phrase).
        for (var i = 0; i < Math.Min(tokens.Length, 6); i++)
        {
            if (_lexicon.OpinionHolders.Contains(tokens[i].Stem) && !text.IsInMention(i))
            {
                for (var j = i + 1; j < Math.Min(tokens.Length, i + 4) && !(j + 1 < tokens.Length && tokens[j + 1].Text == ","); j++)
                {
                    if (_lexicon.OpinionVerbs.MatchAt(tokens, j) is not null || _lexicon.ReportingVerbs.MatchAt(tokens, j) is not null)
                    {
                        return Modality.Opinion;
                    }
                }
            }
        }

        // A modal as the main predicate: "Iraq will join…", "Iraq may have bought…".
        var predicate = ClauseSplitter.FirstPredicate(text, 0, tokens.Length, _lexicon.IsVerb);
        for (var i = Math.Max(0, predicate - 1); i <= Math.Min(tokens.Length - 1, predicate + 1); i++)
        {
            if (_lexicon.Modals.MatchAt(tokens, i) is not null && !text.IsInMention(i))
            {
                return Modality.Prediction;
            }
        }

        return Modality.Assertion;
    }

    /// <summary>A trailing ", X said." / ", the article says.": the comma where it starts, if the tail has no other verb.</summary>
    private (int Comma, int End)? TrailingAttribution(AtomText text, int contentStart)
    {
        var tokens = text.Tokens;
        var end = tokens.Length;
        while (end > 0 && tokens[end - 1].Kind == TokenKind.Punctuation)
        {
            end--;
        }

        if (end < 4)
        {
            return null;
        }

        var comma = Array.FindLastIndex(tokens.ToArray(), end - 1, t => t.Text == ",");
        if (comma <= contentStart + 2 || end - comma > 14)
        {
            return null;
        }

        // "…, according to police.", "…, according to UN figures.": a trailing source, named after "according to".
        if (comma + 2 < end && tokens[comma + 1].Lower == "according" && tokens[comma + 2].Lower == "to")
        {
            return (comma, end);
        }

        // The tail ends with a reporting verb ("said", "says", "said in a statement") and holds no other predicate.
        var verbAt = -1;
        for (var i = comma + 1; i < end; i++)
        {
            if (!text.IsInMention(i) && _lexicon.ReportingVerbs.MatchAt(tokens, i) is not null)
            {
                verbAt = i;
            }
        }

        if (verbAt < 0 || tokens.Skip(verbAt + 1).Take(end - verbAt - 1).Any(t => t.IsWord && t.Lower is not ("in" or "a" or "an" or "the" or "statement" or "interview" or "on" or "told" or "reporters")))
        {
            return null;
        }

        return (comma, end);
    }

    /// <summary>"In a statement carried by INA, …", "Speaking to Al Jazeera Net, …": the token after the leading phrase's comma, or 0.</summary>
    private static int LeadingPhraseEnd(AtomText text)
    {
        var tokens = text.Tokens;
        var comma = tokens.Length > 0 && tokens[0].Lower is "in" or "on" or "at" or "speaking" or "during" or "after" or "before"
            ? Array.FindIndex(tokens.ToArray(), t => t.Text == ",") : -1;
        return comma is > 0 and < 12 ? comma + 1 : 0;
    }

    /// <summary>The token where the checkable content starts, after "According to X," or "X said (that)".</summary>
    private int SkipAttribution(AtomText text, bool sourceSentence)
    {
        var tokens = text.Tokens;

        // "Claim: Iraq voted…", "Fact check: …": a short label before a colon is not part of the statement.
        var start = 0;
        for (var k = 1; k <= Math.Min(3, tokens.Length - 2); k++)
        {
            if (tokens[k].Text == ":" && tokens.Take(k).All(t => t.IsWord))
            {
                start = k + 1;
                break;
            }
        }

        if (_lexicon.AttributionPrefixes.MatchAt(tokens, start) is { } prefix)
        {
            // "It is true that X" → X.
            var after = start + prefix.Phrase.Length;
            if (prefix.Phrase.Stems[^1] == "that")
            {
                return after;
            }

            // "According to officials, X" → X; "Officials said that X" falls through to the reporting verb below.
            var comma = Array.FindIndex(tokens.ToArray(), start, t => t.Text == ",");
            if (comma > 0 && comma + 1 < tokens.Length)
            {
                return comma + 1;
            }

            if (after < tokens.Length && tokens[after].Lower == "that")
            {
                return after + 1;
            }
        }

        if (start > 0)
        {
            return start;
        }

        // "Officials said that Iraq…", "The ministry stated Iraq…": a reporting verb within the first words, then content.
        // "In a statement carried by INA, Al-Khafaji said…": a leading phrase up to a comma may come first; and a longer
        // speaker ("The commander of Baghdad Operations, Walid Al-Tamimi, asserted that…") when "that" follows the verb.
        // (A source sentence keeps its speaker after a leading phrase: who said it is a fact to extract.)
        var first = !sourceSentence && LeadingPhraseEnd(text) is > 0 and var leadingEnd ? leadingEnd + 1 : 1;
        for (var i = first; i < Math.Min(tokens.Length - 2, first + 13); i++)
        {
            // "the executive's estimate that…": a reporting word after a determiner or a possessive is a noun.
            var isNoun = tokens[i - 1].Lower is "'s" or "'" or "the" or "a" or "an" or "his" or "her" or "its" or "their";
            if (!isNoun && !text.IsInMention(i) && _lexicon.ReportingVerbs.MatchAt(tokens, i) is { } verb)
            {
                var next = i + verb.Phrase.Length;
                // Only a speaker before the verb: "The country does not have… and has stated that…" is content.
                var onlyNames = !Enumerable.Range(first - 1, i - first + 1).Any(k => ClauseSplitter.IsPredicate(text, k, _lexicon.IsVerb));
                var speakerOnly = i < first + 7 || !sourceSentence && onlyNames;
                if (speakerOnly && next < tokens.Length && tokens[next].Lower == "that")
                {
                    return next + 1;
                }

                if (i < first + 7 && next < tokens.Length && text.IsInMention(next))
                {
                    return next;
                }

                // "…, Lt. Gen. Walid Al-Tamimi said each embassy is guarded…": a statement's speaker, then a clause of its own.
                // (An inflected verb, "said", "states", not the noun "state"; and not "said it…", whose pronoun is the speaker.)
                var inflected = tokens[i].Lower is "said" or "told" or "wrote" || tokens[i].Lower.EndsWith("ed", StringComparison.Ordinal) || tokens[i].Lower.EndsWith('s');
                if (!sourceSentence && onlyNames && inflected && next + 1 < tokens.Length && tokens[next].IsWord && tokens[next].Lower is not ("it" or "he" or "she" or "they" or "we" or "i")
                    && Enumerable.Range(next + 1, tokens.Length - next - 1).Any(k => ClauseSplitter.IsPredicate(text, k, _lexicon.IsVerb)))
                {
                    return next;
                }
            }
        }

        // "…, officials said." at the end: drop the trailing attribution by analysing the whole; negligible effect.
        return 0;
    }

    // A clause of names and an auxiliary only ("Uzbekistan does not", "so does Chile", "Peru did too"): its subject
    // and whether it is denied.
    private static (string Subject, bool Denied)? Ellipsis(AtomText text)
    {
        var tokens = text.Tokens;
        var sawAuxiliary = false;
        var denied = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var lower = tokens[i].Lower;
            if (text.IsInMention(i) || lower is "." or "," or "so" or "too" or "either" or "also" or "the" or "and")
            {
                continue;
            }

            if (lower is "not" or "n't" or "never")
            {
                denied = true;
            }
            else if (lower is "does" or "do" or "did" or "is" or "are" or "was" or "were" or "has" or "have" or "had" or "can" or "will")
            {
                sawAuxiliary = true;
            }
            else
            {
                return null;
            }
        }

        return sawAuxiliary && !text.Mentions.IsEmpty ? (string.Join(" and ", text.Mentions.Select(m => m.Text)), denied) : null;
    }

    /// <summary>
    /// Whether token <paramref name="i"/> is a verb that stops what follows it, so it negates it. Matched on surface forms
    /// (the stem would also catch "to stop attacks"):
    /// <list type="bullet">
    /// <item>"stopped coordinating", "ceased", "halted": the activity ended;</item>
    /// <item>"suspended budget support", "ended a military cooperation agreement": an active verb of ending before a
    /// common noun (not the passive "was suspended from the union", nor "suspended Fiji": a name is no activity);</item>
    /// <item>"dropped their campaign", "agreed to halt their attacks": a verb of stopping before a determiner, in the past
    /// or after a control verb (not "prices dropped sharply": without a determiner it is a fall, not a stop).</item>
    /// </list>
    /// </summary>
    private bool IsCessationCue(ImmutableArray<Token> tokens, int i)
    {
        var word = tokens[i].Lower;
        var next = i + 1 < tokens.Length ? tokens[i + 1] : null;
        var passive = i > 0 && Lexicon.IsBeForm(tokens[i - 1].Lower);
        if ((word == "stopped" && next is not null && next.Lower.EndsWith("ing", StringComparison.Ordinal)) || word is "ceased" or "halted")
        {
            return true;
        }

        if (passive || next is null)
        {
            return false;
        }

        if (word is "suspended" or "ended" or "terminated" or "discontinued" or "scrapped" or "cancelled" or "canceled" or "revoked" or "froze" or "axed")
        {
            return next.IsWord && !next.IsCapitalised && next.Lower is not ("from" or "in" or "on" or "by" or "at" or "after" or "with");
        }

        if (next.Lower is not ("its" or "their" or "the" or "a" or "an" or "all" or "his" or "her" or "such"))
        {
            return false;
        }

        var controlled = i >= 2 && tokens[i - 1].Lower == "to" && _lexicon.ControlVerbs.Contains(tokens[i - 2].Stem);
        return word is "dropped" or "abandoned" or "stopped"
            || (controlled && word is "halt" or "stop" or "end" or "suspend" or "drop" or "cease" or "abandon" or "scrap" or "call");
    }
}

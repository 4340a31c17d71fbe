package org.papergraph.extractor.nlp;

import java.util.ArrayList;
import java.util.List;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ExtractionRule;

/**
 * "Long Form (LF)" and "LF (Long Form)": both spans name one concept, typed by the long form (the lexicon's type when
 * it knows the long form, else its head noun or the type noun after the parentheses). The definition is kept, so the
 * paper's other uses of either form are found too ({@link DefinedNameUses}).
 */
final class AcronymDefinitionRule implements CandidateRule {

    private final Lexicon lexicon;
    private final Cues cues;

    AcronymDefinitionRule(Lexicon lexicon, Cues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
    }

    @Override
    public List<Candidate> find(Sentence s, PaperNames names) {
        List<Tok> toks = s.toks();
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            if (!toks.get(i).text().equals("(")) {
                continue;
            }
            Acronyms.Definition d = Acronyms.at(toks, i);
            if (d == null) {
                if (Acronyms.describedBefore(toks, i)) {
                    names.decline(toks.get(i + 1).text()); // "within-task (in-distribution (IND))"
                }
                continue;
            }
            int from = d.longFrom();
            // The acronym's letters placed the start; only an article or "novel" before it is not the name.
            while (from < d.longTo() && (toks.get(from).tag().equals("DT") || toks.get(from).tag().equals("PRP$")
                    || cues.longFormOpeners.contains(toks.get(from).lower()))) {
                from++;
            }
            Tok shortTok = toks.get(d.shortTok());
            Tok lastLong = toks.get(d.longTo() - 1);
            // "state-of-the-art (SOTA)", "ultra-high-resolution (UHR)": a long form must name a thing.
            if (from >= d.longTo() || cues.commonAbbreviations.contains(shortTok.text())
                    || !lastLong.isNoun() && !Spans.titleCased(toks, from, d.longTo())
                    || d.longTo() - from == 1 && lastLong.text().equals(lastLong.lower())
                    && cues.headType(lastLong.lemma()) == null && lexicon.longestAt(toks, from) == null) {
                names.decline(shortTok.text()); // the paper's own "UHR" is a description wherever it is used
                continue;
            }
            String longText = Spans.text(toks, from, d.longTo());
            if (NameGate.JUNK.matcher(longText).matches()) {
                continue;
            }
            DefinedName name = name(toks, d, from, longText);
            names.define(shortTok.text(), name);
            names.define(singularAcronym(shortTok.text()), name);
            out.add(Spans.candidate(s, from, d.longTo(), name.key(), name.display(), name.type(),
                    ExtractionRule.ACRONYM_DEFINITION, name.specific(), 0.9));
            out.add(Spans.candidate(s, d.shortTok(), d.shortTok() + 1, name.key(), name.display(), name.type(),
                    ExtractionRule.ACRONYM_DEFINITION, name.specific(), 0.9));
        }
        return out;
    }

    /** What the definition names: the lexicon's entry when it knows the long form, else the long form as written. */
    private DefinedName name(List<Tok> toks, Acronyms.Definition d, int from, String longText) {
        Lexicon.Match lex = lexicon.longestAt(toks, from);
        // The long form decides what the acronym is: "Chain-of-Draft (CoD)" is not the lexicon's COD.
        Lexicon.Entry entry = lex != null && lex.to() == d.longTo() ? lex.entry()
                : lexicon.byKey(Normalise.key(longText));
        if (entry != null) {
            return new DefinedName(Normalise.key(entry.name()), entry.name(), entry.type(), entry.specific(),
                    ExtractionRule.ACRONYM_DEFINITION);
        }
        int after = Math.max(d.shortTok(), d.longTo()) + 1;
        ConceptType next = after < toks.size() ? cues.typeNouns.get(toks.get(after).lemma()) : null;
        // The head of "Self-learning Meta-strategy Agent for Reasoning Tasks" is Agent, before the preposition.
        int headAt = d.longTo() - 1;
        for (int k = from + 1; k < d.longTo() - 1; k++) {
            if (toks.get(k).tag().equals("IN")) {
                headAt = k - 1;
                break;
            }
        }
        String last = toks.get(headAt).lemma();
        ConceptType head = cues.headType(last);
        if (head == null) {
            head = cues.typeNouns.get(Cues.lastPart(last));
        }
        ConceptType known = headAt == d.longTo() - 1 ? knownEnding(toks, from + 1, d.longTo()) : null;
        ConceptType type = next != null && next != ConceptType.TASK ? next : known != null ? known
                : head != null ? head : ConceptType.METHOD;
        boolean specific = type != ConceptType.TASK && Spans.titleCased(toks, from, d.longTo());
        return new DefinedName(Normalise.key(longText), longText, type, specific,
                ExtractionRule.ACRONYM_DEFINITION);
    }

    /**
     * The type of the known concept a long form ends with: "Few-shot class-incremental learning" is a kind of
     * class-incremental learning, a task, though "learning" alone would make it a method.
     */
    private ConceptType knownEnding(List<Tok> toks, int from, int to) {
        for (int i = from; i < to; i++) {
            Lexicon.Match m = lexicon.longestAt(toks, i);
            if (m != null && m.to() == to && !m.entry().specific()) {
                return m.entry().type();
            }
        }
        return null;
    }

    /** "LLMs" defined is "LLM" defined too. */
    private static String singularAcronym(String a) {
        return a.length() > 2 && a.endsWith("s") && Character.isUpperCase(a.charAt(a.length() - 2))
                ? a.substring(0, a.length() - 1) : a;
    }
}

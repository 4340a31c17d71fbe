package org.papergraph.extractor.nlp;

import java.util.ArrayList;
import java.util.List;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ExtractionRule;

/**
 * Names and aliases from the lexicon of well-known concepts, the longest match first; a version or size after a
 * name stays with it ("Llama 3"), and a name before a descriptive suffix is found too ("BERT-based").
 */
final class LexiconRule implements CandidateRule {

    private final Lexicon lexicon;
    private final Cues cues;

    LexiconRule(Lexicon lexicon, Cues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
    }

    @Override
    public List<Candidate> find(Sentence s, PaperNames names) {
        List<Tok> toks = s.toks();
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Tok prefix = DescriptiveSuffix.prefix(toks.get(i), cues);
            Lexicon.Match known = prefix == null ? null : lexicon.longestAt(List.of(prefix), 0);
            if (known != null) {
                Lexicon.Entry e = known.entry();
                out.add(Spans.candidate(List.of(prefix), 0, 1, s, Normalise.key(e.name()), e.name(), e.type(),
                        ExtractionRule.LEXICON, e.specific(), 0.8));
                continue;
            }
            Lexicon.Match m = lexicon.longestAt(toks, i);
            if (m != null && !otherSense(toks, m, s.inTitle()) && !countedInstances(toks, m)) {
                Lexicon.Entry e = m.entry();
                // "Llama 3", "GPT-4 Turbo": a version or variant word extends a named model, not a general technique
                // ("Co-Training Vision Language Models" is co-training).
                int to = e.specific() ? NameShapeRule.extendName(toks, m.to(), cues) : m.to();
                ConceptType type = e.type();
                if (e.specific() && !s.inTitle() && continuesName(toks, to)) {
                    // "COCO Keypoints", "the LLaVA Test dataset": a capitalised word after a known name in running
                    // text names a variant of it, of the kind a type noun after it says.
                    to++;
                    ConceptType kind = to < toks.size() ? cues.typeNouns.get(toks.get(to).lemma()) : null;
                    type = kind == ConceptType.DATASET || kind == ConceptType.BENCHMARK ? kind : type;
                }
                String key = to == m.to() ? Normalise.key(e.name()) : Normalise.key(Spans.text(toks, i, to));
                String display = to == m.to() ? e.name() : Spans.text(toks, i, to);
                out.add(Spans.candidate(s, i, to, key, display, type, ExtractionRule.LEXICON,
                        e.specific() || to > m.to(), 0.9));
                i = to - 1;
            }
        }
        return out;
    }

    /** A capitalised noun that is no known name, type word, head or generic word. */
    private boolean continuesName(List<Tok> toks, int at) {
        if (at >= toks.size()) {
            return false;
        }
        Tok t = toks.get(at);
        return Character.isUpperCase(t.text().charAt(0)) && t.isNoun() && !t.text().contains("-")
                && !cues.generic.contains(t.lower()) && !cues.typeNouns.containsKey(t.lemma())
                && cues.headType(t.lemma()) == null && !NameShapeRule.nameShaped(t.text(), cues)
                && lexicon.longestAt(toks, at) == null && !capitalisedNoun(toks, at + 1);
    }

    /** "O1 Replication Journey": a longer run of capitals is a title, not a variant's name. */
    private static boolean capitalisedNoun(List<Tok> toks, int at) {
        return at < toks.size() && toks.get(at).isNoun() && Character.isUpperCase(toks.get(at).text().charAt(0));
    }

    /** "next-token predictions", "ranking losses": a general technique in the plural of a count head is its outputs. */
    private boolean countedInstances(List<Tok> toks, Lexicon.Match m) {
        Tok last = toks.get(m.to() - 1);
        return !m.entry().specific() && last.tag().equals("NNS") && cues.countHeads.contains(last.lemma());
    }

    /**
     * A one-word match read in another sense: a verb ("boosting the score", "recall the facts", a title's "Boosting
     * Language Models"), or a CamelCase name written all in lower case ("react" is not ReAct).
     */
    private static boolean otherSense(List<Tok> toks, Lexicon.Match m, boolean title) {
        if (m.to() - m.from() != 1) {
            return false;
        }
        Tok t = toks.get(m.from());
        boolean camelName = Spans.CAMEL.matcher(m.entry().name()).matches();
        // A title opening with a technique's -ing word and its object: "Boosting Language Models with ...".
        Tok next = m.to() < toks.size() ? toks.get(m.to()) : null;
        boolean openingVerb = title && m.from() == 0 && m.entry().type() == ConceptType.METHOD
                && t.lower().endsWith("ing") && next != null
                && (next.isNoun() || next.tag().equals("DT") || next.tag().startsWith("JJ"));
        return t.tag().startsWith("VB") && t.text().equals(t.lower())
                || camelName && t.text().equals(t.lower()) || openingVerb;
    }
}

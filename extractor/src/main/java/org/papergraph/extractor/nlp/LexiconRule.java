package org.papergraph.extractor.nlp;

import java.util.ArrayList;
import java.util.List;
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
            if (m != null && !otherSense(toks, m)) {
                Lexicon.Entry e = m.entry();
                int to = NameShapeRule.extendName(toks, m.to(), cues);
                String key = to == m.to() ? Normalise.key(e.name()) : Normalise.key(Spans.text(toks, i, to));
                String display = to == m.to() ? e.name() : Spans.text(toks, i, to);
                out.add(Spans.candidate(s, i, to, key, display, e.type(), ExtractionRule.LEXICON,
                        e.specific() || to > m.to(), 0.9));
                i = to - 1;
            }
        }
        return out;
    }

    /**
     * A one-word match read in another sense: a verb ("boosting the score", "recall the facts"), or a CamelCase name
     * written all in lower case ("react" is not ReAct).
     */
    private static boolean otherSense(List<Tok> toks, Lexicon.Match m) {
        if (m.to() - m.from() != 1) {
            return false;
        }
        Tok t = toks.get(m.from());
        boolean camelName = Spans.CAMEL.matcher(m.entry().name()).matches();
        return t.tag().startsWith("VB") && t.text().equals(t.lower())
                || camelName && t.text().equals(t.lower());
    }
}

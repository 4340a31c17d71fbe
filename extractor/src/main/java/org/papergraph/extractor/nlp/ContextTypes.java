package org.papergraph.extractor.nlp;

import java.util.List;
import java.util.Set;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ExtractionRule;

/**
 * Types that the words around a candidate give it over the type its rule gave: a name listed after a type noun
 * ("benchmarks (AMC23, Minerva, GSM8K)") is of that type, and a title's task-headed phrase before "for" and a task is
 * the means to that task ("Cross-modal Semantic Grounding for Zero-shot Learning").
 */
final class ContextTypes {

    private static final Set<ConceptType> DATA = Set.of(ConceptType.DATASET, ConceptType.BENCHMARK);

    private final Cues cues;

    ContextTypes(Cues cues) {
        this.cues = cues;
    }

    /** Retypes, in place, the candidates of one paper whose context says what they are. */
    void retype(List<Candidate> candidates, List<Sentence> paper) {
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            List<Tok> toks = paper.get(c.sentence()).toks();
            ConceptType listed = listType(c, toks);
            if (listed != null) {
                candidates.set(i, c.withType(listed));
            } else if (meansBeforeTask(c, paper.get(c.sentence()), candidates)) {
                candidates.set(i, c.withType(ConceptType.METHOD));
            }
        }
    }

    /**
     * The type a bracketed list gives a name in it, when a plural type noun opens the list ("seven reasoning benchmarks
     * (AMC23, ..., Minerva, and GSM8K)"), else null. Dataset and benchmark are close enough to be left as they are.
     */
    private ConceptType listType(Candidate c, List<Tok> toks) {
        if (!c.specific()) {
            return null;
        }
        int open = -1;
        for (int i = c.tokFrom() - 1; i >= 0 && open < 0; i--) {
            String t = toks.get(i).text();
            if (t.equals(")") || t.equals(";") || toks.get(i).tag().startsWith("VB")) {
                return null;
            }
            open = t.equals("(") ? i : -1;
        }
        if (open < 1 || !toks.get(open - 1).tag().equals("NNS")) {
            return null;
        }
        ConceptType type = cues.typeNouns.get(toks.get(open - 1).lemma());
        if (type == null || type == c.type() || type == ConceptType.TASK || type == ConceptType.METHOD
                || type == ConceptType.METRIC || DATA.contains(type) && DATA.contains(c.type())) {
            return null;
        }
        return type;
    }

    /** "DUET: Cross-modal Semantic Grounding for Contrastive Zero-shot Learning": the title's means to its task. */
    private static boolean meansBeforeTask(Candidate c, Sentence s, List<Candidate> all) {
        List<Tok> toks = s.toks();
        if (!s.inTitle() || c.rule() != ExtractionRule.TYPED_PHRASE || c.type() != ConceptType.TASK
                || c.tokTo() >= toks.size() || !toks.get(c.tokTo()).lower().equals("for")) {
            return false;
        }
        return all.stream().anyMatch(o -> o.sentence() == c.sentence() && o.field().equals(c.field())
                && o.tokFrom() > c.tokTo() && o.type() == ConceptType.TASK);
    }
}

package org.papergraph.extractor.nlp;

import java.util.List;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ExtractionRule;
import org.papergraph.extractor.model.Role;

/**
 * The role a sentence gives each concept it names: what the authors propose (their "we propose", "our"), compare
 * with, evaluate on, address or use; what an abstract's opening background names, the paper only mentions.
 */
final class RoleAssigner {

    private final Cues cues;

    RoleAssigner(Cues cues) {
        this.cues = cues;
    }

    /** The first abstract sentence, at or after {@code from}, where the authors speak of their own work. */
    int firstOwnSentence(List<Sentence> all, int from) {
        for (int s = from; s < all.size(); s++) {
            List<Tok> toks = all.get(s).toks();
            for (int i = 0; i < toks.size(); i++) {
                String w = toks.get(i).lower();
                if (w.equals("we") || w.equals("our") || w.equals("here")
                        || (w.equals("this") || w.equals("the")) && i + 1 < toks.size()
                        && cues.ownWork.contains(toks.get(i + 1).lower())) {
                    return s;
                }
            }
        }
        return from;
    }

    Role role(Candidate c, Sentence s) {
        List<Tok> toks = s.toks();
        if (s.inTitle()) {
            int colon = Spans.indexOf(toks, ":");
            if (colon > 0 && c.tokTo() <= colon && c.specific()) {
                return Role.PROPOSES;
            }
            return c.type() == ConceptType.TASK ? Role.ADDRESSES : c.type() == ConceptType.BENCHMARK
                    || c.type() == ConceptType.METRIC ? Role.EVALUATES_ON : Role.USES;
        }
        boolean ours = c.tokFrom() > 0 && toks.get(c.tokFrom() - 1).lower().equals("our");
        Role before = null;
        int cueAt = -1;
        boolean comparedBefore = false;
        for (int i = c.tokFrom() - 1; i >= 0; i--) {
            Role r = cues.roles.get(toks.get(i).lemma());
            if (r != null && before == null) {
                before = r;
                cueAt = i;
            }
            comparedBefore |= r == Role.COMPARES;
        }
        boolean we = false;
        for (int i = 0; i < c.tokFrom(); i++) {
            String w = toks.get(i).lower();
            if (w.equals("we") || w.equals("our") || cues.ownWork.contains(w)) {
                we = true;
            }
        }
        // A paper proposes named things, or the general technique that is the object of its "we propose".
        boolean proposedHere = before == Role.PROPOSES && we
                && c.tokFrom() - cueAt <= (c.specific() ? 12 : 4)
                && (c.specific() || c.type() != ConceptType.MODEL || c.rule() == ExtractionRule.PROPOSED_PHRASE);
        if (ours || proposedHere) {
            return c.type() == ConceptType.TASK ? Role.ADDRESSES : Role.PROPOSES;
        }
        switch (c.type()) {
            case TASK:
                return Role.ADDRESSES;
            case BENCHMARK:
            case METRIC:
                return Role.EVALUATES_ON;
            case DATASET:
                if (before == Role.USES && c.tokFrom() - cueAt <= 4) {
                    return Role.USES; // "trained on the Gigaword corpus"
                }
                return before == Role.EVALUATES_ON || Spans.precededBy(toks, c.tokFrom(), "on")
                        || Spans.sentenceHas(toks, "evaluate", "experiment", "outperform", "achieve", "accuracy", "result")
                        ? Role.EVALUATES_ON : Role.USES;
            default:
                return comparedBefore ? Role.COMPARES : Role.USES;
        }
    }
}

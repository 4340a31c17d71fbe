package org.papergraph.extractor.nlp;

import java.util.List;
import org.papergraph.extractor.model.ConceptType;

/**
 * What a descriptive phrase (found by its head noun or after a proposal verb) must pass besides the {@link NameGate}:
 * it is a whole phrase, not the end of a longer compound or of a coordinated name, not a verb's object, and it says
 * which thing it is rather than what people do or which part a system has.
 */
final class PhraseGate {

    private final Cues cues;

    PhraseGate(Cues cues) {
        this.cues = cues;
    }

    boolean admits(Candidate c, List<Tok> toks) {
        int from = c.tokFrom();
        int to = c.tokTo();
        return switch (c.rule()) {
            case PROPOSED_PHRASE -> !weakHead(toks, from, to)
                    && !(onlyGenericNouns(toks, from, to - 1) && !Spans.titleCased(toks, from, to));
            case TYPED_PHRASE -> !weakHead(toks, from, to) && !restOfCompound(toks, from)
                    && !restOfCoordination(toks, from) && !verbObject(toks, from, to) && !verbWithObject(toks, to)
                    && !doneByPeople(toks, from, to) && !trainedInstances(toks, from, to)
                    && !(c.type() == ConceptType.TASK && (objectFollows(toks, to) || ownStep(toks, from)));
            default -> true;
        };
    }

    /**
     * "knowledge content learning", "training example generation": a noun just before the phrase, left out as a
     * generic word, belongs to it, and what is left is a piece of the compound.
     */
    private boolean restOfCompound(List<Tok> toks, int from) {
        if (from == 0) {
            return false;
        }
        Tok before = toks.get(from - 1);
        return before.isNoun() && (!before.tag().startsWith("NNP") || cues.generic.contains(before.lower()));
    }

    /** "Fast &amp; Slow Learning", "Long- and Short-Trajectory Learning": the second half of a shared-head name. */
    private static boolean restOfCoordination(List<Tok> toks, int from) {
        if (from == 0) {
            return false;
        }
        String before = toks.get(from - 1).text();
        int shared = from - 2;
        if (shared > 0 && toks.get(shared).text().equals(",")) {
            shared--; // "frequency-, and AR-aware positional encoding"
        }
        return before.equals("&") || (before.equals("and") || before.equals("or") || before.equals(","))
                && shared >= 0 && toks.get(shared).text().endsWith("-");
    }

    /**
     * "a mechanism underpinning in-context learning", "via Decoupling Knowledge Learning": an -ing word after a noun or
     * a preposition opens a verb phrase; the phrase is its object, not a name.
     */
    private boolean verbObject(List<Tok> toks, int from, int to) {
        Tok first = toks.get(from);
        if (from == 0 || to - from < 2 || !first.lower().endsWith("ing") || first.text().contains("-")
                || cues.heads.containsKey(first.lower())) {
            return false;
        }
        Tok before = toks.get(from - 1);
        return before.tag().equals("IN") || before.tag().equals("TO") || before.isNoun();
    }

    /** "continued training the reward model": an -ing head with an article after it is a verb with its object. */
    private static boolean verbWithObject(List<Tok> toks, int to) {
        return to < toks.size() && toks.get(to - 1).lower().endsWith("ing")
                && (toks.get(to).tag().equals("DT") || toks.get(to).tag().equals("PRP$"));
    }

    /**
     * "meta-trained algorithms", "instruction-tuned LLMs": a phrase opened by how its things were trained describes
     * trained instances, not a technique or a model of its own.
     */
    private static boolean trainedInstances(List<Tok> toks, int from, int to) {
        String first = toks.get(from).lower();
        return to - from >= 2 && first.contains("-") && (first.endsWith("-trained") || first.endsWith("-tuned"));
    }

    /** "student understanding", "Engaged Human Learning", "annotator selection algorithm": what people do. */
    private boolean doneByPeople(List<Tok> toks, int from, int to) {
        return cues.people.contains(toks.get(from).lower())
                || to - from >= 2 && cues.people.contains(toks.get(to - 2).lower());
    }

    /** "early prediction of student performance", "intermediate generation of rationales": the task goes on. */
    private static boolean objectFollows(List<Tok> toks, int to) {
        return to + 1 < toks.size() && toks.get(to).lower().equals("of")
                && (toks.get(to + 1).isNoun() || toks.get(to + 1).isAdjective());
    }

    /**
     * "a sequential learning approach", "a mutual learning method": the proposal's nouns before its head are all
     * generic words, so it says which kind, not which one; capitals make it a name ("Latent Thought-Augmented
     * Training Framework").
     */
    private boolean onlyGenericNouns(List<Tok> toks, int from, int head) {
        return toks.subList(from, head).stream().filter(Tok::isNoun).allMatch(t -> cues.generic.contains(t.lower()));
    }

    /** "our difficulty labeling and model ability estimation": a task the authors own is a step of their method. */
    private static boolean ownStep(List<Tok> toks, int from) {
        return from > 0 && toks.get(from - 1).lower().equals("our");
    }

    /**
     * "memory module", "auxiliary loss", "hybrid strategy", "few-shot method", "teaching approach": a weak head and
     * one plain word, one compound that says what it is like, or an -ing word before a procedure say no more than a
     * part.
     */
    private boolean weakHead(List<Tok> toks, int from, int to) {
        if (to - from != 2 || !cues.weakHeads.contains(toks.get(to - 1).lemma())) {
            return false;
        }
        Tok modifier = toks.get(from);
        if (modifier.text().contains("-")) {
            return !Cues.compoundNamesProcess(modifier.text());
        }
        return !modifier.lower().endsWith("ing") || cues.procedureHeads.contains(toks.get(to - 1).lemma());
    }
}

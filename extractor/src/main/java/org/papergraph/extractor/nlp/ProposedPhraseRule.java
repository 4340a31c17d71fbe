package org.papergraph.extractor.nlp;

import java.util.List;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ExtractionRule;
import org.papergraph.extractor.model.Role;

/**
 * What the authors say they propose, named by a description: "we propose a two-stage curriculum framework", "this
 * paper introduces a hierarchical memory module". The noun phrase right after the proposal verb is a concept when its
 * head is a kind of method or model ({@code rules/type-nouns.tsv}) and a noun before the head says which one;
 * generic words and adjectives alone ("a simple yet effective framework", "a holistic approach") say nothing.
 */
final class ProposedPhraseRule implements CandidateRule {

    /** How many determiners, generic words and conjunctions may stand between the verb and the phrase. */
    private static final int MAX_LEAD = 4;

    private final Cues cues;

    ProposedPhraseRule(Cues cues) {
        this.cues = cues;
    }

    @Override
    public List<Candidate> find(Sentence s, PaperNames names) {
        List<Tok> toks = s.toks();
        boolean authors = false;
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i).lower();
            authors |= w.equals("we") || cues.ownWork.contains(w);
            if (authors && cues.roles.get(toks.get(i).lemma()) == Role.PROPOSES && toks.get(i).tag().startsWith("VB")) {
                Candidate c = phraseAfter(s, i + 1);
                return c == null ? List.of() : List.of(c);
            }
        }
        return List.of();
    }

    private Candidate phraseAfter(Sentence s, int at) {
        List<Tok> toks = s.toks();
        int from = at;
        while (from < toks.size() && from - at < MAX_LEAD && lead(toks.get(from))) {
            from++;
        }
        int end = from;
        while (end < toks.size() && (toks.get(end).isNoun() || toks.get(end).isAdjective()) && !toks.get(end).isPunct()) {
            end++;
        }
        // The head is the run's last word; a plural or a word that is not a kind of method or model names nothing here.
        if (end - from < 2 || !toks.get(end - 1).isNoun() || toks.get(end - 1).tag().endsWith("S")) {
            return null;
        }
        Tok head = toks.get(end - 1);
        ConceptType type = cues.typeNouns.get(head.lemma());
        if (type != ConceptType.METHOD && type != ConceptType.MODEL) {
            return null;
        }
        int first = from;
        while (first < end - 1 && (cues.generic.contains(toks.get(first).lower()) || toks.get(first).tag().equals("CD"))) {
            first++;
        }
        // A noun says which one ("hybrid annotation strategy"); adjectives alone judge ("holistic approach").
        if (first >= end - 1 || toks.subList(first, end - 1).stream().noneMatch(Tok::isNoun)
                || toks.subList(first, end).stream().anyMatch(t -> NameGate.JUNK.matcher(t.text()).matches())) {
            return null;
        }
        String text = Spans.text(toks, first, end);
        return Spans.candidate(s, first, end, Normalise.key(text), text, type, ExtractionRule.PROPOSED_PHRASE, false,
                0.55);
    }

    /** What may open the phrase without being part of it: "a", "novel", "simple yet effective". */
    private boolean lead(Tok t) {
        return t.tag().equals("DT") || t.tag().equals("PRP$") || t.tag().equals("CC") || t.tag().equals("RB")
                || cues.generic.contains(t.lower());
    }
}

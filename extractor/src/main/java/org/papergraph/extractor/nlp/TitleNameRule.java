package org.papergraph.extractor.nlp;

import java.util.List;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ExtractionRule;

/**
 * "Cooper: Co-Optimizing Policy and Reward Models ...", "Alloprof: a new French question-answer dataset": the name
 * before a title's colon is what the paper introduces, a method unless the subtitle says what it is. It is kept as a
 * name the paper defines, so the abstract's uses of it are found too ({@link DefinedNameUses}).
 */
final class TitleNameRule implements CandidateRule {

    private final Lexicon lexicon;
    private final Cues cues;

    TitleNameRule(Lexicon lexicon, Cues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
    }

    @Override
    public List<Candidate> find(Sentence s, PaperNames names) {
        if (!s.inTitle() || s.index() != 0) {
            return List.of();
        }
        List<Tok> toks = s.toks();
        int colon = Spans.indexOf(toks, ":");
        if (colon < 1 || colon > 3) {
            return List.of();
        }
        if (colon == 1 && NameShapeRule.nameShaped(toks.get(0).text(), cues)) {
            // Name-shaped words (ORC, UltraFlux) have rules of their own, which read their type from the text; this
            // one is the paper's own, whatever another paper spells out under it.
            names.own(toks.get(0).text());
            return List.of();
        }
        for (int i = 0; i < colon; i++) {
            String w = toks.get(i).text();
            // A name-shaped word may end a longer name ("Tutor CoPilot"), not open one ("O1 Replication Journey").
            boolean shaped = NameShapeRule.nameShaped(w, cues) && i < colon - 1;
            if (!Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(0)) || shaped
                    || cues.generic.contains(toks.get(i).lower()) || toks.get(i).tag().startsWith("VB")) {
                return List.of();
            }
        }
        if (lexicon.longestAt(toks, 0) != null) {
            return List.of(); // a known concept ("Reinforcement Learning: ...") is the lexicon's
        }
        ConceptType type = ConceptType.METHOD;
        for (int i = colon + 1; i < Math.min(toks.size(), colon + 12); i++) {
            ConceptType t = cues.typeNouns.get(toks.get(i).lemma());
            if (t != null && t != ConceptType.TASK && t != ConceptType.METHOD) {
                type = t;
                break;
            }
        }
        String written = Spans.text(toks, 0, colon);
        DefinedName name = new DefinedName(Normalise.key(written), written, type, true, ExtractionRule.TITLE_NAME);
        if (!names.define(written, name)) {
            return List.of(); // the paper defines it as an acronym too: the definition says more
        }
        return List.of(Spans.candidate(s, 0, colon, name.key(), written, type, ExtractionRule.TITLE_NAME, true, 0.85));
    }
}

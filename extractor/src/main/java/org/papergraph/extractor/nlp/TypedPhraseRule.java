package org.papergraph.extractor.nlp;

import java.util.ArrayList;
import java.util.List;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ExtractionRule;

/**
 * Noun phrases whose head noun gives them a type ({@code rules/heads.tsv}): "contrastive learning" is a method,
 * "image captioning" a task. The phrase is the head with up to four nouns and adjectives before it, less the
 * generic words, determiners and numbers it opens with; a head alone is no concept.
 */
final class TypedPhraseRule implements CandidateRule {

    private final Cues cues;

    TypedPhraseRule(Cues cues) {
        this.cues = cues;
    }

    @Override
    public List<Candidate> find(Sentence s, PaperNames names) {
        List<Tok> toks = s.toks();
        List<Candidate> out = new ArrayList<>();
        for (int end = 0; end < toks.size(); end++) {
            Tok head = toks.get(end);
            // The tagger reads "contrastive learning" at times as a participle: a -ing head word counts as a noun.
            boolean gerund = head.tag().equals("VBG") && end > 0 && toks.get(end - 1).isAdjective()
                    && cues.heads.containsKey(head.lower());
            if (!head.isNoun() && !gerund && !(head.text().contains("-") && head.isAdjective())) {
                continue;
            }
            if (end + 1 < toks.size() && toks.get(end + 1).isNoun()) {
                continue; // not the head: the phrase goes on
            }
            ConceptType type = cues.headType(gerund ? head.lower() : head.lemma());
            if (type == null || type == ConceptType.DATASET || type == ConceptType.BENCHMARK) {
                continue; // unnamed datasets and benchmarks are descriptions, not concepts
            }
            if (head.tag().equals("NNS") && cues.countHeads.contains(head.lemma())) {
                continue; // "test-set predictions", "web searches": instances, not a technique
            }
            int from = end;
            while (from > 0 && from > end - 5) {
                Tok t = toks.get(from - 1);
                // "paradigms including semi-supervised learning": a participle after a noun opens a clause.
                boolean clause = (t.tag().equals("VBG") || t.tag().equals("VBN")) && !t.text().contains("-")
                        && from > 1 && toks.get(from - 2).isNoun();
                if (!clause && ((t.isNoun() || t.isAdjective()) && !t.tag().equals("NNP")
                        || t.tag().equals("NNP") && head.tag().startsWith("NNP"))) {
                    from--;
                } else {
                    break;
                }
            }
            from = trimGeneric(toks, from, end + 1);
            // "improving models", "selected networks": a participle opening a phrase describes, it does not name.
            while (from < end && (toks.get(from).tag().equals("VBG") || toks.get(from).tag().equals("VBN"))
                    && !toks.get(from).text().contains("-")) {
                from = trimGeneric(toks, from + 1, end + 1);
            }
            boolean oneCompound = from == end && head.text().contains("-") && !cues.generic.contains(head.lower().split("-")[0]);
            if (from >= end && !oneCompound || cues.generic.contains(head.lemma()) && from >= end) {
                continue;
            }
            if (toks.subList(from, end + 1).stream().anyMatch(t -> NameGate.JUNK.matcher(t.text()).matches() || t.isPunct())) {
                continue;
            }
            String text = Spans.text(toks, from, end + 1);
            // Capitals name a thing in an abstract, if it is more than a class with a word before it
            // ("Machine Learning"); in a title every word has them.
            boolean named = end + 1 - from >= 3 && Spans.titleCased(toks, from, end + 1) && type != ConceptType.TASK
                    && !s.inTitle();
            out.add(Spans.candidate(s, from, end + 1, Normalise.key(text), text, type, ExtractionRule.TYPED_PHRASE,
                    named, 0.6));
        }
        return out;
    }

    /** The first token at or after {@code from} that is not a generic word, determiner or number. */
    private int trimGeneric(List<Tok> toks, int from, int to) {
        while (from < to) {
            Tok t = toks.get(from);
            if (cues.generic.contains(t.lower()) || t.tag().equals("DT") || t.tag().equals("CD") || t.tag().equals("PRP$")
                    || t.isPunct() || t.tag().equals("RB") || t.tag().equals("JJS") || t.tag().equals("JJR")) {
                from++;
            } else {
                break;
            }
        }
        return from;
    }
}

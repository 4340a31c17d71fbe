package org.papergraph.extractor.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ExtractionRule;

/**
 * Noun phrases whose head noun gives them a type ({@code rules/heads.tsv}): "contrastive learning" is a method,
 * "image captioning" a task. The phrase is the head with up to four nouns and adjectives before it, less the
 * generic words, determiners and numbers it opens with; a head alone is no concept. A broad head ("model",
 * "approach", "network") needs a modifier that says which one ("policy network", "transition-based approach").
 */
final class TypedPhraseRule implements CandidateRule {

    private static final Pattern DIMENSION = Pattern.compile("[1-4][dD]");

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
            boolean held = end + 1 < toks.size() && heldBy(toks, end + 1);
            // So does one after a singular noun, which compounds use ("feature learning"; "agents learning" is a
            // clause), or before a noun that holds it ("scene graph parsing tasks").
            boolean gerund = head.tag().equals("VBG") && end > 0 && cues.heads.containsKey(head.lower())
                    && (toks.get(end - 1).isAdjective() || toks.get(end - 1).tag().equals("NN") || held);
            if (!head.isNoun() && !gerund && !(head.text().contains("-") && head.isAdjective())) {
                continue;
            }
            ConceptType type = cues.headType(gerund ? head.lower() : head.lemma());
            if (end + 1 < toks.size() && toks.get(end + 1).isNoun() && !(held && type == ConceptType.TASK)) {
                continue; // not the head: the phrase goes on
            }
            if (type == null || type == ConceptType.DATASET || type == ConceptType.BENCHMARK) {
                continue; // unnamed datasets and benchmarks are descriptions, not concepts
            }
            boolean weak = cues.broadHeads.contains(head.lemma());
            // "test-set predictions", "web searches": instances, not a technique; but a noun before a broad head
            // says which class the plural names ("regularization methods").
            if (head.tag().equals("NNS") && cues.countHeads.contains(head.lemma())
                    && !(weak && end > 0 && nominal(toks.get(end - 1)) && !cues.generic.contains(toks.get(end - 1).lower()))) {
                continue;
            }
            int from = end;
            while (from > 0 && from > end - 5) {
                Tok t = toks.get(from - 1);
                // "paradigms including semi-supervised learning": a participle after a noun opens a clause.
                boolean clause = (t.tag().equals("VBG") || t.tag().equals("VBN")) && !t.text().contains("-")
                        && from > 1 && toks.get(from - 2).isNoun()
                        && !(nominal(t) && toks.get(from - 2).tag().equals("NN"));
                // "shift-reduce parsers": a hyphenated word before the head modifies it, whatever its last piece's tag.
                boolean modifier = t.isNoun() || t.isAdjective() || dimension(t) || compound(t);
                if (!clause && (modifier && !t.tag().equals("NNP")
                        || t.tag().equals("NNP") && head.tag().startsWith("NNP"))) {
                    from--;
                } else {
                    break;
                }
            }
            from = trimGeneric(toks, from, end + 1);
            // "improving models", "selected networks": a participle opening a phrase describes, it does not name.
            // A typed gerund right before the head names an activity, though: "parsing speed", "training procedure".
            while (from < end && (toks.get(from).tag().equals("VBG")
                    && !(from == end - 1 && cues.heads.containsKey(toks.get(from).lower()))
                    || toks.get(from).tag().equals("VBN")) && !toks.get(from).text().contains("-")) {
                from = trimGeneric(toks, from + 1, end + 1);
            }
            boolean oneCompound = from == end && head.text().contains("-") && !cues.generic.contains(head.lower().split("-")[0]);
            if (from >= end && !oneCompound || cues.generic.contains(head.lemma()) && from >= end) {
                continue;
            }
            if (toks.subList(from, end + 1).stream().anyMatch(t -> NameGate.JUNK.matcher(t.text()).matches() || t.isPunct())) {
                continue;
            }
            if (weak) {
                from = afterBracketedShortForm(toks, from) ? -1 : whichOne(toks, from, end, type);
                if (from < 0) {
                    continue;
                }
            }
            int to = end + 1;
            // "multi-modal co-learning framework", "preference learning approach": a method phrase before a broad
            // method head is the method's name; the head only says it is one.
            if (weak && type == ConceptType.METHOD && end - from >= 2 && innerType(toks.get(end - 1)) == ConceptType.METHOD) {
                to = end;
            }
            String text = Spans.text(toks, from, to);
            // Capitals name a thing in an abstract, if it is more than a class with a word before it
            // ("Machine Learning"); in a title every word has them.
            boolean named = to - from >= 3 && Spans.titleCased(toks, from, to) && type != ConceptType.TASK
                    && !s.inTitle();
            out.add(Spans.candidate(s, from, to, Normalise.key(text), text, type, ExtractionRule.TYPED_PHRASE,
                    named, 0.6));
        }
        return out;
    }

    /**
     * Where a phrase ending in a broad head ({@code rules/broad-heads.txt}) starts once the words that do not say which
     * one are dropped, or -1 if it names no concept.
     */
    private int whichOne(List<Tok> toks, int from, int end, ConceptType type) {
        // "capable model", "holistic approach": adjectives that judge name no concept, nor are part of one
        // ("lightweight neural network" is a neural network); nor do the parts models play ("student network").
        while (from < end && !saysWhich(toks.get(from), type)
                && (toks.get(from).isAdjective() || cues.roleModifiers.contains(toks.get(from).lower()))) {
            from++;
        }
        if (toks.subList(from, end).stream().noneMatch(t -> saysWhich(t, type))) {
            return -1;
        }
        // "detection models", "planning methods": a task alone before a broad head is what they are for, a loose
        // class; "decomposition approach" says how, "parsing speed" what is measured.
        if (end - from == 1 && type != ConceptType.METRIC && innerType(toks.get(from)) == ConceptType.TASK) {
            return -1;
        }
        // "1.5 Flash models", "GLM4 series models": the tail of a name the phrase cannot see whole.
        boolean nameTail = from > 0 && (toks.get(from - 1).tag().equals("CD")
                || toks.get(from - 1).tag().startsWith("NNP") && !toks.get(end).tag().startsWith("NNP"));
        return type == ConceptType.MODEL && nameTail ? -1 : from;
    }

    /** The type a word inside a phrase would give it as its head ("learning" in "preference learning approach"). */
    private ConceptType innerType(Tok t) {
        return t.tag().equals("VBG") ? cues.heads.get(t.lower()) : cues.headType(t.lemma());
    }

    /**
     * Whether the phrase starting at {@code from} follows a short form in brackets that itself follows a word: a
     * broad head there ends a name broken by its acronym ("chain-of-thought (CoT) prompting methods"), and the words
     * after the brackets are a piece of it ("prompting methods").
     */
    private static boolean afterBracketedShortForm(List<Tok> toks, int from) {
        if (from < 4 || !toks.get(from - 1).text().equals(")")) {
            return false;
        }
        for (int open = from - 2; open > 0 && open >= from - 4; open--) {
            if (toks.get(open).text().equals("(")) {
                Tok before = toks.get(open - 1);
                return before.isNoun() || before.isAdjective() || compound(before);
            }
        }
        return false;
    }

    /** Whether the noun at {@code at} holds the task phrase before it and ends the noun run: "classification tasks". */
    private boolean heldBy(List<Tok> toks, int at) {
        return cues.phraseContainers.contains(toks.get(at).lemma())
                && (at + 1 == toks.size() || !toks.get(at + 1).isNoun());
    }

    /**
     * A modifier that says which one a broad head names: a noun, a hyphenated compound, "3D", a kind adjective, or
     * an activity ("parsing speed"; before a model, "fine-tuning models" is a verb and its object); not
     * a size or count ("7B-sized", "8-layer") nor where a thing comes from ("LLM-generated", "DisCo-guided"); what it is
     * based on does ("transition-based approach").
     */
    private boolean saysWhich(Tok t, ConceptType type) {
        if (cues.generic.contains(t.lower()) || cues.roleModifiers.contains(t.lower())
                || t.tag().equals("VBG") && type == ConceptType.MODEL) {
            return false;
        }
        if (t.text().contains("-")) {
            return !Character.isDigit(t.text().charAt(0)) && !cues.propertyEndings.contains(Cues.lastPart(t.lower()));
        }
        return nominal(t) || dimension(t) || cues.kindAdjectives.contains(t.lower());
    }

    /** A word of hyphen-joined parts with letters or digits at both ends: "shift-reduce", "two-stage". */
    private static boolean compound(Tok t) {
        String w = t.text();
        return w.length() > 2 && w.indexOf('-') > 0 && Character.isLetterOrDigit(w.charAt(0))
                && Character.isLetterOrDigit(w.charAt(w.length() - 1));
    }

    /** A noun, or a gerund that is a typed head ("learning" in "feature learning approaches"). */
    private boolean nominal(Tok t) {
        return t.isNoun() || t.tag().equals("VBG") && cues.heads.containsKey(t.lower());
    }

    /** "3D", "2d": a dimension, a modifier though tagged as a number. */
    private static boolean dimension(Tok t) {
        return DIMENSION.matcher(t.text()).matches();
    }

    /** The first token at or after {@code from} that is not a generic word, determiner or number. */
    private int trimGeneric(List<Tok> toks, int from, int to) {
        while (from < to) {
            Tok t = toks.get(from);
            if (cues.generic.contains(t.lower()) || t.tag().equals("DT") || t.tag().equals("CD") && !dimension(t)
                    || t.tag().equals("PRP$")
                    || t.isPunct() || t.tag().equals("RB") || t.tag().equals("JJS") || t.tag().equals("JJR")) {
                from++;
            } else {
                break;
            }
        }
        return from;
    }
}

package org.papergraph.extractor.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ExtractionRule;

/**
 * Words shaped like names: CamelCase, letters with digits, acronyms not among the everyday ones, a proper noun with a
 * version ("Llama 3"), capitalised words before a dataset or benchmark noun ("the Gigaword corpus"). The type comes
 * from the words around the name; a name with no clue is a method of low confidence.
 */
final class NameShapeRule implements CandidateRule {

    private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern UNIT_OR_COUNT = Pattern.compile("(?i)[~<>≈]?\\d+(\\.\\d+)?(k|m|b|t|d|x|%|th|st|nd|rd|s|ms|fps|gb|mb|h)?");
    private static final Pattern DIMENSION_OR_SIZE = Pattern.compile("\\d+[Dd]|\\d+-\\p{L}+.*");
    private static final Pattern VERSION = Pattern.compile("v?\\d+(\\.\\d+)*[a-z]?|[IVX]{1,4}");
    /** "TeacheR", "PreferencEs": a capital put on a word's last letter for a title's acronym is no name. */
    private static final Pattern STYLED_WORD = Pattern.compile("\\p{Lu}\\p{Ll}{3,}\\p{Lu}s?");

    private final Lexicon lexicon;
    private final Cues cues;

    NameShapeRule(Lexicon lexicon, Cues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
    }

    @Override
    public List<Candidate> find(Sentence s, PaperNames names) {
        List<Tok> toks = s.toks();
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            int to;
            if (names.declined(t.text())) {
                continue;
            }
            if (nameShaped(t.text(), cues)) {
                to = extendName(toks, i + 1, cues);
            } else if (Character.isUpperCase(t.text().charAt(0)) && t.tag().startsWith("NNP") && i + 1 < toks.size()
                    && VERSION.matcher(toks.get(i + 1).text()).matches() && !cues.notNames.contains(t.text())
                    && !t.text().equals(t.text().toUpperCase(Locale.ROOT))) {
                to = extendName(toks, i + 1, cues);
            } else if ((to = properNameBeforeTypeNoun(toks, i)) > i) {
                // "the Gigaword corpus", "the Penn Treebank dataset": capitals and a type word make a name
            } else {
                continue;
            }
            int named = to;
            to = headsAfter(toks, to);
            String text = Spans.text(toks, i, to);
            // "EEG-to-Image Decoding", "System 2 Reasoning": capitalised head nouns after a name make it a phrase of
            // their type.
            ConceptType type = to > named ? cues.headType(toks.get(to - 1).lemma()) : nameType(toks, i, to);
            double confidence = type == null ? 0.5 : 0.7;
            out.add(Spans.candidate(s, i, to, Normalise.key(text), text, type == null ? ConceptType.METHOD : type,
                    ExtractionRule.NAME_SHAPE, true, confidence));
            i = to - 1;
        }
        return out;
    }

    /**
     * The type a noun just before the name gives it: "a reward model named X", "its dataset, X", "a new instruction
     * set -- X", "a suite of LLMs: X".
     */
    private ConceptType introducedType(List<Tok> toks, int from) {
        int i = from - 1;
        if (i >= 0 && (toks.get(i).text().equals(",") || toks.get(i).text().equals(":") || toks.get(i).text().matches("-+|–|—")
                || toks.get(i).lower().matches("named|called|dubbed|termed"))) {
            i--;
        } else {
            return null;
        }
        if (i >= 0 && toks.get(i).isNoun()) {
            ConceptType type = cues.typeNouns.get(toks.get(i).lemma());
            if (type == null && toks.get(i).lemma().equals("set") && i > 0) {
                type = ConceptType.DATASET; // "instruction set", "training set"
            }
            return type == ConceptType.TASK ? null : type;
        }
        return null;
    }

    /** The type a coined name's ending gives it, ignoring the digits and version after it. */
    private ConceptType endingType(String w) {
        String letters = w.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+$", "").replaceAll("@.*$", "");
        for (Map.Entry<String, ConceptType> e : cues.nameEndings.entrySet()) {
            if (letters.endsWith(e.getKey()) && letters.length() > e.getKey().length()) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * The type an apposition gives the name ending before {@code to}: "X, a large-scale dataset of ...", "X (a reward
     * model)": the first type noun of the noun phrase after the comma or parenthesis and its article, else the known
     * kind of model, dataset or benchmark it names ("X, a Flux-based DiT trained on ...").
     */
    private ConceptType appositionType(List<Tok> toks, int to) {
        if (to + 1 < toks.size() && toks.get(to).text().equals(")") && to > 1 && toks.get(to - 2).text().equals("(")) {
            to++; // "Exame Nacional (ENEM), an entrance examination": the apposition describes the bracketed name too
        }
        if (to + 2 >= toks.size() || !(toks.get(to).text().equals(",") || toks.get(to).text().equals("("))
                || !toks.get(to + 1).tag().equals("DT")) {
            return null;
        }
        ConceptType kind = null;
        for (int i = to + 2; i < Math.min(toks.size(), to + 8); i++) {
            Tok t = toks.get(i);
            ConceptType type = cues.typeNouns.get(t.lemma());
            if (type != null && type != ConceptType.TASK && t.isNoun()) {
                return type;
            }
            Lexicon.Match known = lexicon.longestAt(toks, i);
            ConceptType knownType = known == null ? null : known.entry().type();
            if (kind == null && (knownType == ConceptType.MODEL || knownType == ConceptType.DATASET
                    || knownType == ConceptType.BENCHMARK)) {
                kind = knownType;
            }
            if (!t.isNoun() && !t.isAdjective() && !t.tag().equals("CD") && !t.text().equals("-")) {
                break;
            }
        }
        return kind;
    }

    /** The end of the capitalised head nouns (at most two) that follow a name ending before {@code to}. */
    private int headsAfter(List<Tok> toks, int to) {
        int end = to;
        while (end < toks.size() && end - to < 2) {
            Tok t = toks.get(end);
            if (!t.isNoun() || !Character.isUpperCase(t.text().charAt(0)) || cues.generic.contains(t.lower())
                    || cues.headType(t.lemma()) == null) {
                break;
            }
            end++;
        }
        return end;
    }

    /** CamelCase, letters with digits, or an acronym not among the everyday ones. */
    static boolean nameShaped(String w, Cues cues) {
        if (w.equals(w.toLowerCase(Locale.ROOT)) && w.codePoints().noneMatch(Character::isUpperCase)) {
            return false; // every shape below has a capital: most words are answered before the patterns run
        }
        if (w.length() < 2 || !HAS_LETTER.matcher(w).matches() || UNIT_OR_COUNT.matcher(w).matches()
                || cues.commonAbbreviations.contains(w) || NameGate.JUNK.matcher(w).matches()
                || STYLED_WORD.matcher(w).matches()) {
            return false;
        }
        if (!Character.isLetterOrDigit(w.charAt(0)) || !Character.isLetterOrDigit(w.charAt(w.length() - 1))) {
            return false;
        }
        if (DIMENSION_OR_SIZE.matcher(w).matches()) {
            return false; // 3D, 4-bit, 7-billion...
        }
        int dash = w.lastIndexOf('-');
        String tail = dash > 0 ? w.substring(dash + 1) : "";
        if (tail.length() >= 3 && tail.chars().allMatch(Character::isLowerCase)
                && cues.nameSuffixes.stream().noneMatch(tail::equalsIgnoreCase)
                || cues.descriptiveSuffixes.contains(tail.toLowerCase(Locale.ROOT))) {
            return false; // 1M-image, 7B-sized, LLM-based, SNR-Aware: a description built on a name
        }
        if (dash > 0 && cues.modifierPrefixes.contains(w.substring(0, w.indexOf('-')))) {
            return false; // pre-LLM, multi-AR: a modifier built on a name
        }
        if (dash > 0 && Arrays.stream(w.split("-")).allMatch(part -> cues.commonAbbreviations.contains(part)
                || part.length() > 1 && Character.isUpperCase(part.charAt(0))
                && part.substring(1).chars().allMatch(Character::isLowerCase))) {
            return false; // Human-AI, Real-World: capitalised words and everyday abbreviations make a modifier
        }
        boolean digit = HAS_DIGIT.matcher(w).matches();
        boolean hasUpper = !w.equals(w.toLowerCase(Locale.ROOT));
        return Spans.CAMEL.matcher(w).matches() || digit && hasUpper || Acronyms.acronymShaped(w) && w.length() >= 3
                || dash > 0 && Arrays.stream(w.split("-")).anyMatch(Acronyms::acronymShaped);
    }

    /** The end of a name ending before {@code to} once the versions and variant words after it are taken in. */
    static int extendName(List<Tok> toks, int to, Cues cues) {
        while (to < toks.size()) {
            String w = toks.get(to).text();
            if (cues.nameSuffixes.contains(w) || VERSION.matcher(w).matches() && !w.matches("\\d{3,}")) {
                to++;
            } else {
                break;
            }
        }
        return to;
    }

    /**
     * The end of a run of capitalised proper nouns starting at {@code i} that a dataset, corpus or benchmark
     * word follows ("Gigaword corpus"), or {@code i} when there is none. The sentence's first word is left
     * out: its capital says nothing.
     */
    private int properNameBeforeTypeNoun(List<Tok> toks, int i) {
        int to = i;
        while (to < toks.size() && to - i < 3 && toks.get(to).tag().startsWith("NNP")
                && Character.isUpperCase(toks.get(to).text().charAt(0)) && !cues.generic.contains(toks.get(to).lower())
                && lexicon.longestAt(toks, to) == null) {
            to++;
        }
        if (to == i || i == 0 || to >= toks.size()) {
            return i;
        }
        // A capitalised type word belongs to a title-case phrase ("Big Educational Data"), and "data" names nothing.
        Tok typeWord = toks.get(to);
        ConceptType type = cues.typeNouns.get(typeWord.lemma());
        boolean namesKind = typeWord.text().equals(typeWord.lower()) && !typeWord.lemma().equals("data");
        return namesKind && (type == ConceptType.DATASET || type == ConceptType.BENCHMARK) ? to : i;
    }

    /** A name's type from the words around it: "X dataset", "X, a new dataset of", "on the X benchmark". */
    private ConceptType nameType(List<Tok> toks, int from, int to) {
        for (int i = to; i < Math.min(toks.size(), to + 2); i++) {
            ConceptType t = cues.typeNouns.get(toks.get(i).lemma());
            if (t != null && t != ConceptType.TASK) {
                return t;
            }
            if (!toks.get(i).isAdjective() && !toks.get(i).isNoun()) {
                break;
            }
        }
        String w = toks.get(from).text();
        ConceptType ending = endingType(w);
        if (ending != null) {
            return ending; // VerifyBench, Aesthetic-Eval@4096, Web-CogDataset, SciLitLLM: the coiner said what it is
        }
        ConceptType apposed = appositionType(toks, to);
        if (apposed != null) {
            return apposed;
        }
        // "a median GDT-TS of 71.3", "an EPDMS of 88": a name with a value is a measure.
        if (to + 1 < toks.size() && toks.get(to).lower().equals("of") && toks.get(to + 1).tag().equals("CD")) {
            return ConceptType.METRIC;
        }
        ConceptType introduced = introducedType(toks, from);
        if (introduced != null) {
            return introduced;
        }
        // "+6.8 EPDMS", "reaches 71.3 GDT": an acronym after a value is what the value measures.
        if (from > 0 && toks.get(from - 1).tag().equals("CD") && Acronyms.acronymShaped(toks.get(from).text())
                && !toks.get(from).text().endsWith("s")) {
            return ConceptType.METRIC;
        }
        ConceptType stem = lexicon.typeOfStem(w);
        if (stem != null) {
            return stem;
        }
        ConceptType head = cues.headType(toks.get(to - 1).lemma());
        if (head != null) {
            return head;
        }
        if (w.matches(".*\\d+(\\.\\d+)?[BM](-.*)?") || w.matches("(?i).*-(instruct|chat|base|coder|vl)\\b.*")) {
            return ConceptType.MODEL;
        }
        String prev = from > 0 ? toks.get(from - 1).lemma() : "";
        String prev2 = from > 1 ? toks.get(from - 2).lemma() : "";
        if ((prev.equals("on") || prev.equals("across") || prev2.equals("on") && prev.equals("the"))
                && Spans.sentenceHas(toks, "evaluate", "experiment", "result", "achieve", "benchmark", "outperform",
                "performance", "accuracy", "state-of-the-art", "test")) {
            return ConceptType.BENCHMARK;
        }
        return null;
    }
}

package org.papergraph.extractor.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.Role;

/**
 * Finds the candidate concept mentions of one paper: acronym definitions, lexicon entries,
 * name-shaped words and typed noun phrases, each with a type and the role its sentence gives it.
 */
final class PaperAnalyzer {

    private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern CAMEL = Pattern.compile(".*\\p{Ll}\\p{Lu}.*|.*\\p{Lu}{2,}\\p{Ll}.*");
    private static final Pattern UNIT_OR_COUNT = Pattern.compile("(?i)[~<>≈]?\\d+(\\.\\d+)?(k|m|b|t|d|x|%|th|st|nd|rd|s|ms|fps|gb|mb|h)?");
    private static final Pattern VERSION = Pattern.compile("v?\\d+(\\.\\d+)*[a-z]?|[IVX]{1,4}");
    private static final Pattern JUNK = Pattern.compile(".*(https?:|www\\.|\\\\|\\$|=|&|\\{|\\}|\\^|<|>|\\||'s\\b|’s\\b).*"
            + "|.*\\.(com|org|io|net)\\b.*|.*\\p{Ll}{2}\\.\\p{Lu}.*");
    private static final Set<String> NAME_SUFFIXES = Set.of("Pro", "Flash", "Mini", "mini", "Nano", "Ultra", "Max",
            "Plus", "Turbo", "Instruct", "Chat", "Base", "Large", "XL", "XXL", "Small", "Medium", "Lite", "Sonnet",
            "Opus", "Haiku", "Coder", "VL", "Vision", "Preview", "Omni");
    private static final Set<String> NOT_NAMES = Set.of("Table", "Figure", "Fig", "Section", "Appendix", "Eq",
            "Equation", "Step", "Stage", "Phase", "Part", "Chapter", "Version", "Level", "Type", "Top", "Day", "Year");
    private static final Set<String> COMMON_ABBREVIATIONS = Set.of("AI", "ML", "GPU", "GPUs", "CPU", "CPUs", "API",
            "APIs", "US", "UK", "EU", "USA", "PhD", "TB", "GB", "MB", "KB", "FPS", "IoT", "PDF", "PDFs", "HTML", "URL",
            "URLs", "JSON", "SQL", "OK", "SOTA", "SoTA", "K-12", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "CO2", "DNA", "RNA");
    private static final Map<String, ConceptType> TYPE_NOUNS = Map.ofEntries(
            Map.entry("framework", ConceptType.METHOD), Map.entry("method", ConceptType.METHOD),
            Map.entry("approach", ConceptType.METHOD), Map.entry("algorithm", ConceptType.METHOD),
            Map.entry("module", ConceptType.METHOD), Map.entry("technique", ConceptType.METHOD),
            Map.entry("strategy", ConceptType.METHOD), Map.entry("pipeline", ConceptType.METHOD),
            Map.entry("mechanism", ConceptType.METHOD), Map.entry("loss", ConceptType.METHOD),
            Map.entry("paradigm", ConceptType.METHOD), Map.entry("system", ConceptType.METHOD),
            Map.entry("model", ConceptType.MODEL), Map.entry("network", ConceptType.MODEL),
            Map.entry("architecture", ConceptType.MODEL), Map.entry("agent", ConceptType.MODEL),
            Map.entry("family", ConceptType.MODEL), Map.entry("series", ConceptType.MODEL),
            Map.entry("dataset", ConceptType.DATASET), Map.entry("corpus", ConceptType.DATASET),
            Map.entry("data", ConceptType.DATASET),
            Map.entry("benchmark", ConceptType.BENCHMARK), Map.entry("suite", ConceptType.BENCHMARK),
            Map.entry("leaderboard", ConceptType.BENCHMARK), Map.entry("environment", ConceptType.BENCHMARK),
            Map.entry("metric", ConceptType.METRIC), Map.entry("score", ConceptType.METRIC),
            Map.entry("measure", ConceptType.METRIC), Map.entry("task", ConceptType.TASK));

    private final Lexicon lexicon;
    private final Cues cues;

    PaperAnalyzer(Lexicon lexicon, Cues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
    }

    /** An acronym this paper defines, resolved to its long form. */
    record AcronymUse(String acronym, String key, String display, ConceptType type, boolean specific) {
    }

    /** The candidates of one paper, and the acronyms it defines. */
    record Result(List<Candidate> candidates, Map<String, AcronymUse> acronyms) {
    }

    Result analyze(List<List<Tok>> title, List<List<Tok>> abstractSentences) {
        Map<String, AcronymUse> acronyms = new HashMap<>();
        List<Candidate> out = new ArrayList<>();
        List<List<Tok>> all = new ArrayList<>(title);
        all.addAll(abstractSentences);
        // Definitions first, from the whole paper, so an acronym used in the title resolves too.
        for (int s = 0; s < all.size(); s++) {
            String field = s < title.size() ? Mention.TITLE : Mention.ABSTRACT;
            out.addAll(definitions(all.get(s), field, s, acronyms));
        }
        titleName(title).ifPresent(use -> acronyms.putIfAbsent(use.acronym(), use));
        for (int s = 0; s < all.size(); s++) {
            String field = s < title.size() ? Mention.TITLE : Mention.ABSTRACT;
            List<Tok> toks = all.get(s);
            List<Candidate> found = new ArrayList<>();
            found.addAll(lexiconMatches(toks, field, s, acronyms));
            found.addAll(names(toks, field, s, acronyms));
            found.addAll(phrases(toks, field, s));
            preferSpecialisedPhrases(found);
            for (Candidate c : found) {
                if (out.stream().noneMatch(c::overlaps)) {
                    out.add(c);
                }
            }
        }
        out.removeIf(c -> JUNK.matcher(c.text()).matches());
        int firstOwn = firstOwnSentence(all, title.size());
        List<Candidate> withRoles = new ArrayList<>(out.size());
        for (Candidate c : out) {
            Role r = role(c, all.get(c.sentence()), c.field().equals(Mention.TITLE));
            // Abstracts open with background: what those sentences name, the paper mentions.
            if (r == Role.USES && c.sentence() >= title.size() && c.sentence() < firstOwn) {
                r = Role.MENTIONS;
            }
            withRoles.add(c.withRole(r));
        }
        return new Result(withRoles, acronyms);
    }

    /**
     * "Cooper: Co-Optimizing Policy and Reward Models ...", "Alloprof: a new French question-answer dataset": the
     * name before a title's colon is what the paper introduces, a method unless the subtitle says what it is.
     * It is kept like an acronym definition, so the abstract's uses of it are found too.
     */
    private Optional<AcronymUse> titleName(List<List<Tok>> title) {
        if (title.isEmpty()) {
            return Optional.empty();
        }
        List<Tok> toks = title.get(0);
        int colon = indexOf(toks, ":");
        if (colon < 1 || colon > 3) {
            return Optional.empty();
        }
        for (int i = 0; i < colon; i++) {
            String w = toks.get(i).text();
            // Name-shaped words (ORC, UltraFlux) have rules of their own, which read their type from the text.
            if (!Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(0)) || nameShaped(w)
                    || cues.generic.contains(toks.get(i).lower()) || toks.get(i).tag().startsWith("VB")) {
                return Optional.empty();
            }
        }
        String name = span(toks, 0, colon);
        if (lexicon.longestAt(toks, 0) != null) {
            return Optional.empty(); // a known concept ("Reinforcement Learning: ...") is the lexicon's
        }
        ConceptType type = ConceptType.METHOD;
        for (int i = colon + 1; i < Math.min(toks.size(), colon + 12); i++) {
            ConceptType t = TYPE_NOUNS.get(toks.get(i).lemma());
            if (t != null && t != ConceptType.TASK && t != ConceptType.METHOD) {
                type = t;
                break;
            }
        }
        return Optional.of(new AcronymUse(name, Normalise.key(name), name, type, true));
    }

    /**
     * "multi-agent reinforcement learning" is its own method, not "reinforcement learning": a phrase that
     * ends with a general lexicon concept and adds modifiers replaces it, keeping the lexicon's type.
     */
    private static void preferSpecialisedPhrases(List<Candidate> found) {
        for (int i = 0; i < found.size(); i++) {
            Candidate lex = found.get(i);
            if (lex.source() != Candidate.Source.LEXICON || lex.specific()) {
                continue;
            }
            for (Candidate p : found) {
                if (p.source() == Candidate.Source.PHRASE && p.end() == lex.end() && p.start() < lex.start()
                        && p.field().equals(lex.field())) {
                    found.set(i, new Candidate(p.field(), p.sentence(), p.tokFrom(), p.tokTo(), p.start(), p.end(),
                            p.text(), p.key(), p.display(), lex.type(), p.source(), false, p.role(), lex.confidence()));
                    break;
                }
            }
        }
    }

    // --- acronym definitions ---------------------------------------------------------------

    private List<Candidate> definitions(List<Tok> toks, String field, int s, Map<String, AcronymUse> acronyms) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            if (!toks.get(i).text().equals("(")) {
                continue;
            }
            Acronyms.Definition d = Acronyms.at(toks, i);
            if (d == null) {
                continue;
            }
            int from = d.longFrom();
            // The acronym's letters placed the start; only an article or "novel" before it is not the name.
            while (from < d.longTo() && (toks.get(from).tag().equals("DT") || toks.get(from).tag().equals("PRP$")
                    || NOT_NAME_START.contains(toks.get(from).lower()))) {
                from++;
            }
            Tok shortTok = toks.get(d.shortTok());
            Tok lastLong = toks.get(d.longTo() - 1);
            // "state-of-the-art (SOTA)", "ultra-high-resolution (UHR)": a long form must name a thing.
            if (from >= d.longTo() || COMMON_ABBREVIATIONS.contains(shortTok.text())
                    || !lastLong.isNoun() && !titleCased(toks, from, d.longTo())
                    || d.longTo() - from == 1 && lastLong.text().equals(lastLong.lower())
                    && cues.headType(lastLong.lemma()) == null && lexicon.longestAt(toks, from) == null) {
                continue;
            }
            String longText = span(toks, from, d.longTo());
            if (JUNK.matcher(longText).matches()) {
                continue;
            }
            Lexicon.Match lex = lexicon.longestAt(toks, from);
            // The long form decides what the acronym is: "Chain-of-Draft (CoD)" is not the lexicon's COD.
            Lexicon.Entry entry = lex != null && lex.to() == d.longTo() ? lex.entry()
                    : lexicon.byKey(Normalise.key(longText));
            ConceptType type;
            String key;
            String display;
            boolean specific;
            if (entry != null) {
                type = entry.type();
                key = Normalise.key(entry.name());
                display = entry.name();
                specific = entry.specific();
            } else {
                int after = Math.max(d.shortTok(), d.longTo()) + 1;
                ConceptType next = after < toks.size() ? TYPE_NOUNS.get(toks.get(after).lemma()) : null;
                // The head of "Self-learning Meta-strategy Agent for Reasoning Tasks" is Agent, before the preposition.
                int headAt = d.longTo() - 1;
                for (int k = from + 1; k < d.longTo() - 1; k++) {
                    if (toks.get(k).tag().equals("IN")) {
                        headAt = k - 1;
                        break;
                    }
                }
                String last = toks.get(headAt).lemma();
                ConceptType head = cues.headType(last);
                if (head == null) {
                    head = TYPE_NOUNS.get(Cues.lastPart(last));
                }
                type = next != null && next != ConceptType.TASK ? next : head != null ? head : ConceptType.METHOD;
                key = Normalise.key(longText);
                display = longText;
                specific = type != ConceptType.TASK && titleCased(toks, from, d.longTo());
            }
            AcronymUse use = new AcronymUse(shortTok.text(), key, display, type, specific);
            acronyms.putIfAbsent(shortTok.text(), use);
            acronyms.putIfAbsent(singularAcronym(shortTok.text()), use);
            out.add(candidate(toks, from, d.longTo(), field, s, key, display, type, Candidate.Source.ACRONYM, specific, 0.9));
            out.add(candidate(toks, d.shortTok(), d.shortTok() + 1, field, s, key, display, type,
                    Candidate.Source.ACRONYM, specific, 0.9));
        }
        return out;
    }

    private static String singularAcronym(String a) {
        return a.length() > 2 && a.endsWith("s") && Character.isUpperCase(a.charAt(a.length() - 2))
                ? a.substring(0, a.length() - 1) : a;
    }

    private static boolean titleCased(List<Tok> toks, int from, int to) {
        int capital = 0;
        int words = 0;
        for (int i = from; i < to; i++) {
            String w = toks.get(i).text();
            if (w.length() > 3 || i == from) {
                words++;
                if (Character.isUpperCase(w.charAt(0)) || CAMEL.matcher(w).matches()) {
                    capital++;
                }
            }
        }
        return words > 0 && capital == words;
    }

    // --- lexicon -------------------------------------------------------------------------

    private List<Candidate> lexiconMatches(List<Tok> toks, String field, int s, Map<String, AcronymUse> acronyms) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            AcronymUse use = acronyms.get(toks.get(i).text());
            if (use != null) {
                out.add(candidate(toks, i, i + 1, field, s, use.key(), use.display(), use.type(),
                        Candidate.Source.ACRONYM, use.specific(), 0.85));
                continue;
            }
            // The long form of an acronym defined anywhere in the paper, met again (often in the title).
            AcronymUse longForm = longFormAt(toks, i, acronyms);
            if (longForm != null) {
                int to = i + longForm.display().split("\\s+").length;
                out.add(candidate(toks, i, to, field, s, longForm.key(), longForm.display(), longForm.type(),
                        Candidate.Source.ACRONYM, longForm.specific(), 0.85));
                i = to - 1;
                continue;
            }
            Candidate prefix = knownPrefix(toks.get(i), field, s, acronyms);
            if (prefix != null) {
                out.add(prefix);
                continue;
            }
            Lexicon.Match m = lexicon.longestAt(toks, i);
            if (m != null) {
                Lexicon.Entry e = m.entry();
                // A lexicon name followed by a version or size keeps it: "Llama 3" matched as "Llama".
                int to = extendName(toks, m.to());
                String key = to == m.to() ? Normalise.key(e.name()) : Normalise.key(span(toks, i, to));
                String display = to == m.to() ? e.name() : span(toks, i, to);
                out.add(candidate(toks, i, to, field, s, key, display, e.type(), Candidate.Source.LEXICON,
                        e.specific() || to > m.to(), 0.9));
                i = to - 1;
            }
        }
        return out;
    }

    /** "transformer-based", "LLM-driven": the known concept before a descriptive suffix is named too. */
    private Candidate knownPrefix(Tok t, String field, int s, Map<String, AcronymUse> acronyms) {
        int dash = t.text().lastIndexOf('-');
        if (dash <= 0 || !DESCRIPTIVE_SUFFIXES.contains(t.lower().substring(dash + 1))) {
            return null;
        }
        String word = t.text().substring(0, dash);
        Tok part = new Tok(word, word.toLowerCase(Locale.ROOT), word.toLowerCase(Locale.ROOT), "NN", t.begin(),
                t.begin() + dash);
        List<Tok> one = List.of(part);
        AcronymUse use = acronyms.get(word);
        if (use != null) {
            return candidate(one, 0, 1, field, s, use.key(), use.display(), use.type(), Candidate.Source.ACRONYM,
                    use.specific(), 0.8);
        }
        Lexicon.Match m = lexicon.longestAt(one, 0);
        return m == null ? null : candidate(one, 0, 1, field, s, Normalise.key(m.entry().name()), m.entry().name(),
                m.entry().type(), Candidate.Source.LEXICON, m.entry().specific(), 0.8);
    }

    private static final Set<String> DESCRIPTIVE_SUFFIXES = Set.of("based", "driven", "guided", "powered", "style",
            "like", "aware", "enhanced", "assisted", "centric", "specific", "generated", "free", "inspired");

    private static AcronymUse longFormAt(List<Tok> toks, int i, Map<String, AcronymUse> acronyms) {
        for (AcronymUse use : acronyms.values()) {
            String[] words = use.display().split("\\s+");
            if (i + words.length > toks.size() || words.length < 2) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < words.length && all; k++) {
                String w = toks.get(i + k).text();
                all = w.equalsIgnoreCase(words[k]) || k == words.length - 1 && w.equalsIgnoreCase(words[k] + "s");
            }
            if (all) {
                return use;
            }
        }
        return null;
    }

    // --- name-shaped words -----------------------------------------------------------------

    private List<Candidate> names(List<Tok> toks, String field, int s, Map<String, AcronymUse> acronyms) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            int from = i;
            int to;
            if (nameShaped(t.text())) {
                to = extendName(toks, i + 1);
            } else if (Character.isUpperCase(t.text().charAt(0)) && t.tag().startsWith("NNP") && i + 1 < toks.size()
                    && VERSION.matcher(toks.get(i + 1).text()).matches() && !NOT_NAMES.contains(t.text())
                    && !t.text().equals(t.text().toUpperCase(Locale.ROOT))) {
                to = extendName(toks, i + 1);
            } else if ((to = properNameBeforeTypeNoun(toks, i)) > i) {
                // "the Gigaword corpus", "the Penn Treebank dataset": capitals and a type word make a name
            } else {
                continue;
            }
            String text = span(toks, from, to);
            ConceptType type = nameType(toks, from, to);
            double confidence = type == null ? 0.5 : 0.7;
            out.add(candidate(toks, from, to, field, s, Normalise.key(text), text,
                    type == null ? ConceptType.METHOD : type, Candidate.Source.NAME, true, confidence));
            i = to - 1;
        }
        return out;
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
        ConceptType type = TYPE_NOUNS.get(typeWord.lemma());
        boolean namesKind = typeWord.text().equals(typeWord.lower()) && !typeWord.lemma().equals("data");
        return namesKind && (type == ConceptType.DATASET || type == ConceptType.BENCHMARK) ? to : i;
    }

    /** CamelCase, letters with digits, or an acronym not among the everyday ones. */
    static boolean nameShaped(String w) {
        if (w.length() < 2 || !HAS_LETTER.matcher(w).matches() || UNIT_OR_COUNT.matcher(w).matches()
                || COMMON_ABBREVIATIONS.contains(w) || JUNK.matcher(w).matches()) {
            return false;
        }
        if (!Character.isLetterOrDigit(w.charAt(0)) || !Character.isLetterOrDigit(w.charAt(w.length() - 1))) {
            return false;
        }
        if (w.matches("\\d+[Dd]|\\d+-\\p{L}+.*")) {
            return false; // 3D, 4-bit, 7-billion...
        }
        int dash = w.lastIndexOf('-');
        String tail = dash > 0 ? w.substring(dash + 1) : "";
        if (tail.length() >= 3 && tail.chars().allMatch(Character::isLowerCase)
                && NAME_SUFFIXES.stream().noneMatch(tail::equalsIgnoreCase)) {
            return false; // 1M-image, 7B-sized, LLM-based: a description built on a name
        }
        boolean digit = HAS_DIGIT.matcher(w).matches();
        boolean hasUpper = !w.equals(w.toLowerCase(Locale.ROOT));
        return CAMEL.matcher(w).matches() || digit && hasUpper || Acronyms.acronymShaped(w) && w.length() >= 3
                || dash > 0 && java.util.Arrays.stream(w.split("-")).anyMatch(Acronyms::acronymShaped);
    }

    private int extendName(List<Tok> toks, int to) {
        while (to < toks.size()) {
            String w = toks.get(to).text();
            if (NAME_SUFFIXES.contains(w) || VERSION.matcher(w).matches() && !w.matches("\\d{3,}")) {
                to++;
            } else {
                break;
            }
        }
        return to;
    }

    /** A name's type from the words around it: "X dataset", "on the X benchmark", "X outperforms". */
    private ConceptType nameType(List<Tok> toks, int from, int to) {
        for (int i = to; i < Math.min(toks.size(), to + 2); i++) {
            ConceptType t = TYPE_NOUNS.get(toks.get(i).lemma());
            if (t != null && t != ConceptType.TASK) {
                return t;
            }
            if (!toks.get(i).isAdjective() && !toks.get(i).isNoun()) {
                break;
            }
        }
        // "a median GDT-TS of 71.3", "an EPDMS of 88": a name with a value is a measure.
        if (to + 1 < toks.size() && toks.get(to).lower().equals("of") && toks.get(to + 1).tag().equals("CD")) {
            return ConceptType.METRIC;
        }
        String w = toks.get(from).text();
        if (w.matches("(?i).*(bench|eval|arena)(@\\d+)?")) {
            return ConceptType.BENCHMARK; // VerifyBench, Aesthetic-Eval@4096, Chatbot Arena
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
                && sentenceHas(toks, "evaluate", "experiment", "result", "achieve", "benchmark", "outperform",
                "performance", "accuracy", "state-of-the-art", "test")) {
            return ConceptType.BENCHMARK;
        }
        return null;
    }

    // --- typed noun phrases ----------------------------------------------------------------

    private List<Candidate> phrases(List<Tok> toks, String field, int s) {
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
            int from = end;
            while (from > 0 && from > end - 5) {
                Tok t = toks.get(from - 1);
                if ((t.isNoun() || t.isAdjective()) && !t.tag().equals("NNP") || t.tag().equals("NNP") && head.tag().startsWith("NNP")) {
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
            if (toks.subList(from, end + 1).stream().anyMatch(t -> JUNK.matcher(t.text()).matches() || t.isPunct())) {
                continue;
            }
            String text = span(toks, from, end + 1);
            // Capitals name a thing in an abstract, if it is more than a class with a word before it
            // ("Machine Learning"); in a title every word has them.
            boolean named = end + 1 - from >= 3 && titleCased(toks, from, end + 1) && type != ConceptType.TASK
                    && !field.equals(Mention.TITLE);
            out.add(candidate(toks, from, end + 1, field, s, Normalise.key(text), text, type, Candidate.Source.PHRASE,
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

    // --- roles -----------------------------------------------------------------------------

    /** The first abstract sentence where the authors speak of their own work ("we", "our", "this paper"). */
    private static int firstOwnSentence(List<List<Tok>> all, int from) {
        for (int s = from; s < all.size(); s++) {
            List<Tok> toks = all.get(s);
            for (int i = 0; i < toks.size(); i++) {
                String w = toks.get(i).lower();
                if (w.equals("we") || w.equals("our") || w.equals("here")
                        || (w.equals("this") || w.equals("the")) && i + 1 < toks.size()
                        && OWN_WORK.contains(toks.get(i + 1).lower())) {
                    return s;
                }
            }
        }
        return from;
    }

    private static final Set<String> NOT_NAME_START = Set.of("novel", "new", "proposed", "our", "simple", "efficient",
            "effective", "called", "termed", "dubbed", "named");
    private static final Set<String> OWN_WORK = Set.of("paper", "work", "study", "article", "letter", "report");

    private Role role(Candidate c, List<Tok> toks, boolean inTitle) {
        if (inTitle) {
            int colon = indexOf(toks, ":");
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
            if (w.equals("we") || w.equals("our") || w.equals("paper") || w.equals("work") || w.equals("study")) {
                we = true;
            }
        }
        // A paper proposes named things, or the general technique that is the object of its "we propose".
        boolean proposedHere = before == Role.PROPOSES && we
                && c.tokFrom() - cueAt <= (c.specific() ? 12 : 4) && (c.specific() || c.type() != ConceptType.MODEL);
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
                return before == Role.EVALUATES_ON || precededBy(toks, c.tokFrom(), "on")
                        || sentenceHas(toks, "evaluate", "experiment", "outperform", "achieve", "accuracy", "result")
                        ? Role.EVALUATES_ON : Role.USES;
            default:
                return comparedBefore ? Role.COMPARES : Role.USES;
        }
    }

    private static boolean precededBy(List<Tok> toks, int at, String word) {
        return at > 0 && toks.get(at - 1).lower().equals(word)
                || at > 1 && toks.get(at - 2).lower().equals(word) && toks.get(at - 1).tag().equals("DT");
    }

    private static boolean sentenceHas(List<Tok> toks, String... lemmas) {
        for (Tok t : toks) {
            for (String l : lemmas) {
                if (t.lemma().equals(l)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(List<Tok> toks, String text) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).text().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    // --- helpers ---------------------------------------------------------------------------

    private static String span(List<Tok> toks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && toks.get(i).begin() > toks.get(i - 1).end()) {
                sb.append(' ');
            }
            sb.append(toks.get(i).text());
        }
        return sb.toString();
    }

    private static Candidate candidate(List<Tok> toks, int from, int to, String field, int s, String key, String display,
                                       ConceptType type, Candidate.Source source, boolean specific, double confidence) {
        return new Candidate(field, s, from, to, toks.get(from).begin(), toks.get(to - 1).end(), span(toks, from, to),
                key, display, type, source, specific, Role.MENTIONS, confidence);
    }

    /** Reading order: the title's mentions, then the abstract's. */
    static final Comparator<Candidate> TITLE_FIRST =
            Comparator.comparing((Candidate c) -> !c.field().equals(Mention.TITLE)).thenComparingInt(Candidate::start);
}

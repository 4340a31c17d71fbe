package org.papergraph.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.papergraph.scoring.ScoreReport.RoleAccuracy;
import org.papergraph.scoring.ScoreReport.Variant;
import org.papergraph.scoring.ScoreReport.VariantScore;

/**
 * Scores predicted concepts against gold, per paper, as sets of concepts: a port of
 * {@code shared/eval/score.py} that gives the same figures, plus role accuracy and link quality.
 *
 * <p>Inputs are the JSONL records score.py reads. Gold: {@code {"id", "concepts": [{"name", "aliases",
 * "type", "alt_types", "specific", "optional", "role"}]}}. Predictions: {@code {"id"?, "title"?,
 * "concepts": [{"id", "name", "type", "aliases", "role", "specific", "mentions": [{"text"}]}]}}, joined
 * to their paper by id, else by normalised title. Papers: {@code {"id", "title"}}. Concept types are the
 * labels these records spell ({@code Method}, {@code Task}...), compared as score.py compares them.
 */
public final class Scorer {

    /** score.py's default {@code --types}. */
    public static final List<String> DEFAULT_TYPES = List.of("Method", "Model", "Dataset", "Benchmark");

    /** The selected type labels, in the order given (the order the report lists them in). */
    private final Set<String> typeLabels;

    public Scorer() {
        this(DEFAULT_TYPES);
    }

    public Scorer(Collection<String> types) {
        if (types.isEmpty()) {
            throw new IllegalArgumentException("no concept types to score");
        }
        this.typeLabels = Collections.unmodifiableSet(new LinkedHashSet<>(types));
    }

    /** Scores {@code predictions}, taking the predicted paper links from their concept ids ({@link #predictedLinks}). */
    public ScoreReport score(List<JsonNode> gold, List<JsonNode> predictions, List<JsonNode> papers) {
        return score(gold, predictions, papers, predictedLinks(predictions, papers));
    }

    /** Scores {@code predictions}, with paper links the caller took from its own graph. */
    public ScoreReport score(List<JsonNode> gold, List<JsonNode> predictions, List<JsonNode> papers,
                             Set<PaperPair> predictedLinks) {
        Map<String, List<JsonNode>> predicted = conceptsByPaper(predictions, papers);
        Map<Variant, VariantScore> variants = new EnumMap<>(Variant.class);
        for (Variant variant : Variant.values()) {
            variants.put(variant, scoreVariant(gold, predicted, variant));
        }
        return new ScoreReport(List.copyOf(typeLabels), gold.size(), predicted.size(), variants,
                roleAccuracy(gold, predicted), linkQuality(gold, predictedLinks));
    }

    /**
     * score.py's {@code norm}: NFKC, lower case, dashes, underscores and slashes to spaces, anything
     * but a word character, space, {@code + # . @} to a space, a dot not between two word characters to
     * a space, runs of space collapsed, and a plural {@code s} off a last word longer than three.
     */
    public static String norm(String s) {
        int[] cps = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).codePoints()
                .map(Scorer::blankPunctuation).toArray();
        // Walks code points rather than using a lookaround regex: Java's lookbehind misreads a
        // letter outside the BMP (a CJK extension ideograph, say) before the dot.
        StringBuilder spaced = new StringBuilder(cps.length);
        for (int i = 0; i < cps.length; i++) {
            boolean looseDot = cps[i] == '.'
                    && (i == 0 || !isWord(cps[i - 1]) || i == cps.length - 1 || !isWord(cps[i + 1]));
            spaced.appendCodePoint(looseDot ? ' ' : cps[i]);
        }
        List<String> tokens = new ArrayList<>(Arrays.asList(spaced.toString().trim().split(" +")));
        String last = tokens.get(tokens.size() - 1);
        if (last.codePointCount(0, last.length()) > 3 && last.endsWith("s") && !last.endsWith("ss")) {
            tokens.set(tokens.size() - 1, last.substring(0, last.length() - 1));
        }
        return String.join(" ", tokens);
    }

    /** Pairs of papers whose gold shares a specific concept: one whose normalised names or aliases meet. */
    public static Set<PaperPair> goldLinks(List<JsonNode> gold) {
        Map<String, Set<String>> papersByForm = new HashMap<>();
        for (JsonNode paper : gold) {
            for (JsonNode concept : elements(paper, "concepts")) {
                if (concept.path("specific").asBoolean()) {
                    for (String form : formsOf(concept)) {
                        papersByForm.computeIfAbsent(form, f -> new TreeSet<>()).add(text(paper, "id"));
                    }
                }
            }
        }
        return pairsWithin(papersByForm.values());
    }

    /** Pairs of papers whose predictions share a concept id marked {@code "specific": true}. */
    public static Set<PaperPair> predictedLinks(List<JsonNode> predictions, List<JsonNode> papers) {
        Map<String, Set<String>> papersByConcept = new HashMap<>();
        conceptsByPaper(predictions, papers).forEach((paperId, concepts) -> {
            for (JsonNode concept : concepts) {
                String id = text(concept, "id");
                if (!id.isEmpty() && concept.path("specific").asBoolean()) {
                    papersByConcept.computeIfAbsent(id, c -> new TreeSet<>()).add(paperId);
                }
            }
        });
        return pairsWithin(papersByConcept.values());
    }

    private VariantScore scoreVariant(List<JsonNode> gold, Map<String, List<JsonNode>> predicted, Variant variant) {
        Counts overall = new Counts();
        Map<String, Counts> perType = new HashMap<>();
        for (JsonNode paper : gold) {
            Pairing pairing = pair(paper, predicted, variant);
            for (int j = 0; j < pairing.predicted.size(); j++) {
                Counts ofType = perType.computeIfAbsent(text(pairing.predicted.get(j), "type"), t -> new Counts());
                if (pairing.goldOf[j] < 0) {
                    overall.falsePositives++;
                    ofType.falsePositives++;
                } else if (!isOptional(pairing.gold.get(pairing.goldOf[j]))) {
                    overall.truePositives++;
                    ofType.truePositives++;
                }
            }
            for (int i = 0; i < pairing.gold.size(); i++) {
                JsonNode concept = pairing.gold.get(i);
                // A gold concept selected only through an alternative type may be found but is not missed.
                if (!pairing.claimed[i] && !isOptional(concept) && typeLabels.contains(text(concept, "type"))) {
                    overall.falseNegatives++;
                    perType.computeIfAbsent(text(concept, "type"), t -> new Counts()).falseNegatives++;
                }
            }
        }
        Map<String, Prf> byType = new HashMap<>();
        perType.forEach((label, counts) -> byType.put(label, counts.prf()));
        return new VariantScore(overall.prf(), byType);
    }

    /** Among predictions paired (lenient, typed) with a gold concept that is not optional, how many share its role. */
    private RoleAccuracy roleAccuracy(List<JsonNode> gold, Map<String, List<JsonNode>> predicted) {
        int correct = 0;
        int matched = 0;
        for (JsonNode paper : gold) {
            Pairing pairing = pair(paper, predicted, Variant.LENIENT_TYPED);
            for (int j = 0; j < pairing.predicted.size(); j++) {
                if (pairing.goldOf[j] < 0 || isOptional(pairing.gold.get(pairing.goldOf[j]))) {
                    continue;
                }
                matched++;
                String goldRole = text(pairing.gold.get(pairing.goldOf[j]), "role");
                if (!goldRole.isEmpty() && goldRole.equals(text(pairing.predicted.get(j), "role"))) {
                    correct++;
                }
            }
        }
        return new RoleAccuracy(correct, matched);
    }

    private static Prf linkQuality(List<JsonNode> gold, Set<PaperPair> predictedLinks) {
        Set<String> goldPapers = gold.stream().map(paper -> text(paper, "id")).collect(Collectors.toSet());
        Set<PaperPair> goldLinks = goldLinks(gold);
        // A pair with a paper outside the gold cannot be judged, so it counts neither way.
        Set<PaperPair> judged = predictedLinks.stream().filter(pair -> pair.within(goldPapers))
                .collect(Collectors.toSet());
        int hits = (int) judged.stream().filter(goldLinks::contains).count();
        return new Prf(hits, judged.size() - hits, goldLinks.size() - hits);
    }

    /**
     * One gold paper's concepts of the selected types (or alternative types) against its predictions of
     * the selected types. Exact matches claim their gold concept first, so a looser match never steals it;
     * each prediction takes the first free gold concept it matches, in gold order.
     */
    private Pairing pair(JsonNode goldPaper, Map<String, List<JsonNode>> predicted, Variant variant) {
        List<JsonNode> gold = new ArrayList<>();
        for (JsonNode concept : elements(goldPaper, "concepts")) {
            if (typeLabels.contains(text(concept, "type"))
                    || texts(concept, "alt_types").stream().anyMatch(typeLabels::contains)) {
                gold.add(concept);
            }
        }
        List<JsonNode> predictions = predicted.getOrDefault(text(goldPaper, "id"), List.of()).stream()
                .filter(concept -> typeLabels.contains(text(concept, "type"))).toList();
        List<Set<String>> goldForms = gold.stream().map(Scorer::formsOf).toList();
        List<Set<String>> predictedForms = predictions.stream().map(Scorer::formsOf).toList();

        Pairing pairing = new Pairing(gold, predictions, new int[predictions.size()], new boolean[gold.size()]);
        Arrays.fill(pairing.goldOf, -1);
        for (boolean lenientPass : variant.lenient() ? new boolean[] {false, true} : new boolean[] {false}) {
            for (int j = 0; j < predictions.size(); j++) {
                if (pairing.goldOf[j] >= 0) {
                    continue;
                }
                for (int i = 0; i < gold.size(); i++) {
                    if (pairing.claimed[i] || !matches(predictedForms.get(j), goldForms.get(i), lenientPass)) {
                        continue;
                    }
                    if (variant.typed() && !typesOf(gold.get(i)).contains(text(predictions.get(j), "type"))) {
                        continue;
                    }
                    pairing.goldOf[j] = i;
                    pairing.claimed[i] = true;
                    break;
                }
            }
        }
        return pairing;
    }

    /** A gold paper's selected concepts and predictions; {@code goldOf[j]} is the gold index prediction j claimed, or -1. */
    private record Pairing(List<JsonNode> gold, List<JsonNode> predicted, int[] goldOf, boolean[] claimed) {
    }

    private static boolean matches(Set<String> predictedForms, Set<String> goldForms, boolean lenient) {
        if (!Collections.disjoint(predictedForms, goldForms)) {
            return true;
        }
        return lenient && predictedForms.stream().anyMatch(p -> goldForms.stream().anyMatch(g -> containsWords(p, g)));
    }

    /** Whether one form holds the other as whole words. */
    private static boolean containsWords(String a, String b) {
        return a.equals(b) || (" " + a + " ").contains(" " + b + " ") || (" " + b + " ").contains(" " + a + " ");
    }

    /** The normalised name, aliases and mention texts of a concept, empty ones left out. */
    static Set<String> formsOf(JsonNode concept) {
        List<String> surfaces = new ArrayList<>();
        surfaces.add(text(concept, "name"));
        surfaces.addAll(texts(concept, "aliases"));
        for (JsonNode mention : elements(concept, "mentions")) {
            if (mention.isObject()) {
                surfaces.add(text(mention, "text"));
            }
        }
        Set<String> forms = new LinkedHashSet<>();
        for (String surface : surfaces) {
            String form = norm(surface);
            if (!form.isEmpty()) {
                forms.add(form);
            }
        }
        return forms;
    }

    private static Set<String> typesOf(JsonNode goldConcept) {
        Set<String> all = new HashSet<>(texts(goldConcept, "alt_types"));
        all.add(text(goldConcept, "type"));
        return all;
    }

    /** Each joined paper's predicted concepts, in input order; several records for one paper add up. */
    private static Map<String, List<JsonNode>> conceptsByPaper(List<JsonNode> predictions, List<JsonNode> papers) {
        Set<String> ids = new HashSet<>();
        Map<String, String> idByTitle = new HashMap<>();
        for (JsonNode paper : papers) {
            ids.add(text(paper, "id"));
            String title = text(paper, "title");
            if (!title.isEmpty()) {
                idByTitle.put(norm(title), text(paper, "id"));
            }
        }
        Map<String, List<JsonNode>> byPaper = new LinkedHashMap<>();
        for (JsonNode record : predictions) {
            String id = text(record, "id");
            String paperId = ids.contains(id) ? id : idByTitle.get(norm(text(record, "title")));
            if (paperId != null && !paperId.isEmpty()) {
                byPaper.computeIfAbsent(paperId, p -> new ArrayList<>()).addAll(elements(record, "concepts"));
            }
        }
        return byPaper;
    }

    private static Set<PaperPair> pairsWithin(Collection<Set<String>> groups) {
        Set<PaperPair> pairs = new HashSet<>();
        for (Set<String> group : groups) {
            List<String> members = new ArrayList<>(group);
            for (int a = 0; a < members.size(); a++) {
                for (int b = a + 1; b < members.size(); b++) {
                    pairs.add(new PaperPair(members.get(a), members.get(b)));
                }
            }
        }
        return pairs;
    }

    /**
     * Dashes, underscores, slashes and all else but word characters and {@code + # . @} become ' '.
     * score.py keeps its other white space only to split on it, so mapping it to ' ' here is the same.
     */
    private static int blankPunctuation(int cp) {
        boolean dash = (cp >= 0x2010 && cp <= 0x2015) || cp == '_' || cp == '-' || cp == '/';
        boolean kept = isWord(cp) || cp == '+' || cp == '#' || cp == '.' || cp == '@';
        return dash || !kept ? ' ' : cp;
    }

    /**
     * Python's {@code \w}: a letter, a number or '_'. Java's {@code \w} under UNICODE_CHARACTER_CLASS
     * differs (it takes combining marks and joiners, not No numbers), so the categories are spelt out.
     */
    private static boolean isWord(int cp) {
        return cp == '_' || Character.isLetter(cp) || switch (Character.getType(cp)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static boolean isOptional(JsonNode goldConcept) {
        return goldConcept.path("optional").asBoolean();
    }

    /** The string at {@code field}, or "" when it is absent, null or not a string. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : "";
    }

    /** The strings in the array at {@code field}; none when it is absent or not an array. */
    private static List<String> texts(JsonNode node, String field) {
        return elements(node, field).stream().filter(JsonNode::isTextual).map(JsonNode::textValue).toList();
    }

    private static List<JsonNode> elements(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isArray()
                ? StreamSupport.stream(value.spliterator(), false).toList() : List.of();
    }

    private static final class Counts {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        Prf prf() {
            return new Prf(truePositives, falsePositives, falseNegatives);
        }
    }
}

package org.papergraph.extractor.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.papergraph.extractor.model.Paper;

/**
 * Corpora of any size for benchmarks, made from real abstracts: each synthetic paper is a real title, led by a name
 * of its own ("Name: title"), and a handful of sentences drawn from the real abstracts, in which name-shaped words
 * (GRPO, Qwen2.5, CoSOD3k) are replaced by invented names. The invented vocabulary grows with the square root of the corpus size (Heaps' law, as distinct terms
 * grow in real collections) and names are drawn by a Zipf law, so a few are shared by many papers and most by few:
 * the number of distinct concepts keeps growing with N instead of saturating at the source's.
 *
 * <pre>{@code
 * List<Paper> papers = SyntheticCorpus.from(realPapers).seed(7).papers(10_000);
 * }</pre>
 *
 * The same source, seed and size give the same papers.
 */
public final class SyntheticCorpus {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(])");
    /** Words shaped like names of artefacts: capitals or digits after the first letter (GRPO, Qwen2.5, CoSOD3k). */
    private static final Pattern NAME = Pattern.compile("\\b[A-Z][A-Za-z]*(?:[A-Z]|\\d)[A-Za-z0-9.]*[A-Za-z0-9]\\b");
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ver", "tra", "zen", "qu", "ro", "sa", "nel", "dor",
        "phi", "gra", "mo", "tex", "lu", "vi", "cor", "an", "bel", "sty", "ne", "xa", "pol"};
    private static final String[] SUFFIXES = {"", "", "Net", "Former", "-7B", "-Bench", "QA", "-2", "GPT", "Seg", "-XL"};

    private final List<String> titles;
    private final List<String> sentences;
    private long seed = 1;

    private SyntheticCorpus(List<String> titles, List<String> sentences) {
        this.titles = titles;
        this.sentences = sentences;
    }

    /** The source: real papers whose titles and abstract sentences are recombined. */
    public static SyntheticCorpus from(List<Paper> source) {
        List<String> titles = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (Paper p : source) {
            if (!p.title().isBlank()) {
                titles.add(p.title().strip());
            }
            for (String s : SENTENCE_END.split(p.abstractText())) {
                if (s.strip().length() > 20) {
                    sentences.add(s.strip());
                }
            }
        }
        if (titles.isEmpty() || sentences.isEmpty()) {
            throw new IllegalArgumentException("the source has no titles or no abstract sentences to recombine");
        }
        return new SyntheticCorpus(List.copyOf(titles), List.copyOf(sentences));
    }

    public SyntheticCorpus seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** How many distinct invented names a corpus of {@code n} papers draws from. */
    public static int vocabulary(int n) {
        return Math.max(50, (int) Math.round(20 * Math.sqrt(n)));
    }

    /** {@code n} papers, ids {@code synth-1} to {@code synth-n}, dated 2018 to 2025. */
    public List<Paper> papers(int n) {
        Random random = new Random(seed);
        Zipf names = new Zipf(vocabulary(n), random);
        List<Paper> out = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            // "Name: what it does", as many real titles go: each paper introduces a name of its own.
            String title = invented(names.size() + i) + ": " + rename(titles.get(random.nextInt(titles.size())), names,
                    random);
            StringBuilder abstractText = new StringBuilder();
            int count = 4 + random.nextInt(5);
            for (int k = 0; k < count; k++) {
                if (k > 0) {
                    abstractText.append(' ');
                }
                abstractText.append(rename(sentences.get(random.nextInt(sentences.size())), names, random));
            }
            String date = (2018 + random.nextInt(8)) + "-0" + (1 + random.nextInt(9)) + "-15";
            out.add(new Paper("synth-" + i, title, abstractText.toString(), List.of(), date, null, null, List.of(),
                    "synthetic:" + i));
        }
        return out;
    }

    /** The text with each name-shaped word replaced, most of the time, by an invented name. */
    private static String rename(String text, Zipf names, Random random) {
        Matcher m = NAME.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = random.nextInt(10) < 8 ? invented(names.next()) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The invented name of rank {@code i}: the same rank always gives the same name. */
    static String invented(int i) {
        Random r = new Random(i * 7919L + 17);
        StringBuilder name = new StringBuilder();
        int parts = 2 + r.nextInt(2);
        for (int k = 0; k < parts; k++) {
            name.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        String base = r.nextBoolean() ? name.toString().toUpperCase() : Character.toUpperCase(name.charAt(0))
                + name.substring(1) + (char) ('A' + r.nextInt(26));
        return base + SUFFIXES[r.nextInt(SUFFIXES.length)] + (i % 3 == 0 ? "" : Integer.toString(i % 97));
    }

    /** Ranks 0..n-1 drawn with probability proportional to 1/(rank+1): Zipf's law with exponent 1. */
    private static final class Zipf {
        private final double[] cumulative;
        private final Random random;

        Zipf(int n, Random random) {
            this.random = random;
            cumulative = new double[n];
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += 1.0 / (k + 1);
                cumulative[k] = sum;
            }
        }

        int size() {
            return cumulative.length;
        }

        int next() {
            double u = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = java.util.Arrays.binarySearch(cumulative, u);
            return i >= 0 ? i : -i - 1;
        }
    }
}

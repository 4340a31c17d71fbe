package org.papergraph.queries.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.papergraph.extractor.link.ConceptLinks;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.ResultKind;
import org.papergraph.extractor.model.ResultPart;
import org.papergraph.extractor.model.ResultRow;
import org.papergraph.extractor.model.Role;
import org.papergraph.ontology.store.ConceptDescription;
import org.papergraph.ontology.store.MentionRecord;
import org.papergraph.ontology.store.ResultRecord;

/**
 * What the report shows, chosen from a {@link CorpusDigest} within its limits, and written as the page's JSON. The
 * graph shows the concepts most papers name and the papers naming the most of those; every paper in the graph has
 * a page, and so do the next papers of that ranking up to the limit; every concept the page refers to (in the
 * graph, on a chart, on a paper page, or among the most named) has a page listing its papers by role; and every
 * concept results are reported on has a leaderboard, ranked as the named query {@code leaderboard} ranks it.
 */
final class ReportContent {

    /** Concepts per type in the top-concepts charts. */
    static final int TOP_PER_TYPE = 10;

    /**
     * A leaderboard's order, the named query's: absolute scores first, then gains, reductions and ratios (the kinds'
     * order), each by value, highest first; then by paper id and where the number stands.
     */
    static final Comparator<ResultRecord> LEADERBOARD = Comparator.<ResultRecord, ResultKind>comparing(r -> r.row().kind())
            .thenComparing(Comparator.comparingDouble(ResultRecord::value).reversed())
            .thenComparing(ResultRecord::paperId).thenComparing(r -> r.row().field())
            .thenComparingInt(r -> r.row().start());

    private final CorpusDigest digest;
    private final GraphReport.Limits limits;
    final int[] graphConcepts;
    final int[] graphPapers;
    /** The papers with a page, graph papers first. */
    final int[] pagePapers;
    /** Concepts in the page's table, by table index; each has a page. */
    private final List<Integer> conceptTable = new ArrayList<>();
    private final int[] conceptRow;
    private final List<Integer> paperTable = new ArrayList<>();
    private final int[] paperRow;
    /** By concept table row, then role ordinal: the papers listed on the concept's page. */
    private final List<int[][]> listed = new ArrayList<>();
    /** By concept table row, then role ordinal: how many papers name the concept in that role. */
    private final List<int[]> roleTotals = new ArrayList<>();
    /** By page paper: its strongest links, its SHARES_CONCEPT relationships. */
    private final List<List<ConceptLinks.Link>> related = new ArrayList<>();
    /** Graph links as pairs of paper table rows. */
    private final List<int[]> graphLinks;
    /** The concepts with a leaderboard, each with the results it lists, best first, and how many there are in all. */
    private final List<Integer> boardConcepts = new ArrayList<>();
    private final List<List<ResultRecord>> boardRows = new ArrayList<>();
    private final List<Integer> boardTotals = new ArrayList<>();

    ReportContent(CorpusDigest digest, GraphReport.Limits limits) {
        this.digest = digest;
        this.limits = limits;
        Integer[] ranked = digest.conceptsByPapers();
        graphConcepts = Arrays.stream(ranked).limit(limits.graphConcepts()).mapToInt(Integer::intValue).toArray();
        boolean[] inGraph = new boolean[digest.concepts.size()];
        for (int c : graphConcepts) {
            inGraph[c] = true;
        }
        int[] score = new int[digest.papers()];
        for (int p = 0; p < digest.papers(); p++) {
            int[] pairs = digest.named.get(p);
            for (int i = 0; i < pairs.length; i += 2) {
                score[p] += inGraph[pairs[i]] ? 1 : 0;
            }
        }
        Integer[] papers = new Integer[digest.papers()];
        Arrays.setAll(papers, i -> i);
        Arrays.sort(papers, Comparator.<Integer>comparingInt(p -> -score[p])
                .thenComparingInt(p -> -digest.named.get(p).length).thenComparing(digest.paperIds::get));
        graphPapers = Arrays.stream(papers).filter(p -> score[p] > 0).limit(limits.graphPapers())
                .mapToInt(Integer::intValue).toArray();
        pagePapers = Arrays.stream(papers).limit(Math.max(limits.paperPages(), graphPapers.length))
                .mapToInt(Integer::intValue).toArray();

        conceptRow = new int[digest.concepts.size()];
        Arrays.fill(conceptRow, -1);
        Arrays.stream(ranked).limit(limits.conceptPages()).forEach(this::addConcept);
        Arrays.stream(graphConcepts).forEach(this::addConcept);
        for (ConceptType type : ConceptType.values()) {
            Arrays.stream(ranked).filter(c -> digest.type(c) == type).limit(TOP_PER_TYPE).forEach(this::addConcept);
        }
        for (int p : pagePapers) {
            int[] pairs = digest.named.get(p);
            for (int i = 0; i < pairs.length; i += 2) {
                addConcept(pairs[i]);
            }
        }

        digest.resultsOn.forEach((c, results) -> {
            addConcept(c);
            boardConcepts.add(c);
            boardRows.add(results.stream().sorted(LEADERBOARD).limit(limits.leaderboardRows()).toList());
            boardTotals.add(results.size());
        });

        paperRow = new int[digest.papers()];
        Arrays.fill(paperRow, -1);
        Arrays.stream(pagePapers).forEach(this::addPaper);
        listPapersByConcept();
        for (int p : pagePapers) {
            List<ConceptLinks.Link> top = digest.topLinks(p);
            related.add(top);
            top.forEach(l -> addPaper(digest.paperInt(partner(l, p))));
        }
        boardRows.forEach(rows -> rows.forEach(r -> addPaper(digest.paperInt(r.paperId()))));
        graphLinks = graphLinks();
    }

    private void addConcept(int c) {
        if (conceptRow[c] < 0) {
            conceptRow[c] = conceptTable.size();
            conceptTable.add(c);
        }
    }

    private void addPaper(int p) {
        if (paperRow[p] < 0) {
            paperRow[p] = paperTable.size();
            paperTable.add(p);
        }
    }

    private boolean hasPage(int paper) {
        return paperRow[paper] >= 0 && paperRow[paper] < pagePapers.length;
    }

    /** Fills {@link #listed}: per concept and role, papers with a page first, then by id, up to the limit. */
    private void listPapersByConcept() {
        int roles = Role.values().length;
        List<List<List<Integer>>> all = new ArrayList<>();
        for (int row = 0; row < conceptTable.size(); row++) {
            List<List<Integer>> byRole = new ArrayList<>();
            for (int r = 0; r < roles; r++) {
                byRole.add(new ArrayList<>());
            }
            all.add(byRole);
            roleTotals.add(new int[roles]);
        }
        for (int p = 0; p < digest.papers(); p++) {
            int[] pairs = digest.named.get(p);
            for (int i = 0; i < pairs.length; i += 2) {
                int row = conceptRow[pairs[i]];
                if (row >= 0) {
                    all.get(row).get(pairs[i + 1]).add(p);
                    roleTotals.get(row)[pairs[i + 1]]++;
                }
            }
        }
        Comparator<Integer> order = Comparator.<Integer, Boolean>comparing(p -> !hasPage(p))
                .thenComparing(digest.paperIds::get);
        for (List<List<Integer>> byRole : all) {
            int[][] kept = new int[roles][];
            for (int r = 0; r < roles; r++) {
                kept[r] = byRole.get(r).stream().sorted(order).limit(limits.papersPerRole())
                        .mapToInt(Integer::intValue).toArray();
            }
            listed.add(kept);
        }
        listed.forEach(byRole -> Arrays.stream(byRole).flatMapToInt(Arrays::stream).forEach(this::addPaper));
    }

    /** A page paper's abstract and mentions, read in a second pass over the page papers alone. */
    record PaperText(String abstractText, List<MentionRecord> mentions) {
    }

    /** Writes the page's data; {@code texts} holds the text of every page paper by paper id. */
    void write(JsonGenerator g, Map<String, PaperText> texts) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("totals");
        g.writeNumberField("papers", digest.papers());
        g.writeNumberField("concepts", digest.concepts.size());
        g.writeNumberField("mentions", digest.mentions());
        g.writeNumberField("results", digest.results());
        g.writeNumberField("relations", Arrays.stream(digest.paperCounts).asLongStream().sum());
        g.writeEndObject();
        g.writeObjectFieldStart("limits");
        g.writeNumberField("graphConcepts", limits.graphConcepts());
        g.writeNumberField("graphPapers", limits.graphPapers());
        g.writeNumberField("paperPages", limits.paperPages());
        g.writeNumberField("conceptPages", limits.conceptPages());
        g.writeNumberField("papersPerRole", limits.papersPerRole());
        g.writeNumberField("leaderboardRows", limits.leaderboardRows());
        g.writeNumberField("linksPerPaper", ConceptLinks.DEFAULT_MAX_LINKS_PER_PAPER);
        g.writeEndObject();
        stringArray(g, "types", Arrays.stream(ConceptType.values()).map(ConceptType::label).toList());
        stringArray(g, "roles", Arrays.stream(Role.values()).map(Role::label).toList());

        g.writeArrayFieldStart("concepts");
        for (int row = 0; row < conceptTable.size(); row++) {
            int c = conceptTable.get(row);
            ConceptDescription d = digest.concepts.get(c);
            g.writeStartObject();
            g.writeStringField("id", d.id());
            g.writeStringField("name", d.name());
            g.writeNumberField("type", d.type().ordinal());
            stringArray(g, "aliases", d.aliases());
            g.writeNumberField("papers", digest.paperCounts[c]);
            g.writeBooleanField("specific", d.specific());
            g.writeArrayFieldStart("roles");
            for (int n : roleTotals.get(row)) {
                g.writeNumber(n);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("listed");
            for (int[] papers : listed.get(row)) {
                intArray(g, papers, paperRow);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("papers");
        for (int p : paperTable) {
            g.writeStartObject();
            g.writeStringField("id", digest.paperIds.get(p));
            g.writeStringField("title", digest.titles.get(p));
            if (digest.years.get(p) > 0) {
                g.writeNumberField("year", digest.years.get(p));
            }
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeObjectFieldStart("graph");
        g.writeFieldName("concepts");
        intArray(g, graphConcepts, conceptRow);
        g.writeFieldName("papers");
        intArray(g, graphPapers, paperRow);
        g.writeArrayFieldStart("edges");
        Set<Integer> shown = new LinkedHashSet<>();
        Arrays.stream(graphConcepts).forEach(shown::add);
        for (int p : graphPapers) {
            int[] pairs = digest.named.get(p);
            for (int i = 0; i < pairs.length; i += 2) {
                if (shown.contains(pairs[i])) {
                    g.writeArray(new int[] {paperRow[p], conceptRow[pairs[i]], pairs[i + 1]}, 0, 3);
                }
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("links");
        for (int[] l : graphLinks) {
            g.writeArray(l, 0, 2);
        }
        g.writeEndArray();
        g.writeEndObject();

        g.writeArrayFieldStart("pages");
        for (int i = 0; i < pagePapers.length; i++) {
            paperPage(g, pagePapers[i], texts.get(digest.paperIds.get(pagePapers[i])), related.get(i));
        }
        g.writeEndArray();
        leaderboards(g);
        charts(g);
        g.writeEndObject();
    }

    /**
     * Each leaderboard: its concept, how many results are on it, and the rows it lists, each with its paper, the
     * number as written, unit and kind, its parts as written (each with its concept when that has a page), the
     * quote and where the number stands in the paper.
     */
    private void leaderboards(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("leaderboards");
        for (int i = 0; i < boardConcepts.size(); i++) {
            g.writeStartObject();
            g.writeNumberField("concept", conceptRow[boardConcepts.get(i)]);
            g.writeNumberField("total", boardTotals.get(i));
            g.writeArrayFieldStart("rows");
            for (ResultRecord r : boardRows.get(i)) {
                ResultRow row = r.row();
                g.writeStartObject();
                g.writeNumberField("paper", paperRow[digest.paperInt(r.paperId())]);
                g.writeStringField("value", row.value());
                g.writeStringField("unit", row.unit());
                g.writeStringField("kind", row.kind().label());
                part(g, "system", row.system());
                part(g, "metric", row.metric());
                part(g, "baseline", row.baseline());
                g.writeStringField("quote", row.quote());
                g.writeNumberField("field", Mention.TITLE.equals(row.field()) ? 0 : 1);
                g.writeNumberField("start", row.start());
                g.writeNumberField("end", row.end());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** A part's words, and the row of its concept ({@code NAMEConcept}) when that has a page. */
    private void part(JsonGenerator g, String name, ResultPart part) throws IOException {
        g.writeStringField(name, part.text());
        if (part.conceptId() != null && conceptRow[digest.conceptIndex(part.conceptId())] >= 0) {
            g.writeNumberField(name + "Concept", conceptRow[digest.conceptIndex(part.conceptId())]);
        }
    }

    /** The SHARES_CONCEPT links between papers both in the graph: those either paper ranks among its strongest. */
    private List<int[]> graphLinks() {
        Set<Integer> shown = new LinkedHashSet<>();
        Arrays.stream(graphPapers).forEach(shown::add);
        Map<String, int[]> links = new TreeMap<>();
        for (int p : graphPapers) {
            for (ConceptLinks.Link l : digest.topLinks(p)) {
                int a = digest.paperInt(l.a());
                int b = digest.paperInt(l.b());
                if (shown.contains(a) && shown.contains(b)) {
                    links.put(l.a() + "\n" + l.b(), new int[] {paperRow[a], paperRow[b]});
                }
            }
        }
        return List.copyOf(links.values());
    }

    /** The other paper of a link of this paper's. */
    private String partner(ConceptLinks.Link l, int paper) {
        return l.a().equals(digest.paperIds.get(paper)) ? l.b() : l.a();
    }

    private void paperPage(JsonGenerator g, int p, PaperText text, List<ConceptLinks.Link> related) throws IOException {
        g.writeStartObject();
        g.writeNumberField("paper", paperRow[p]);
        g.writeStringField("abstract", text.abstractText());
        g.writeArrayFieldStart("concepts");
        int[] pairs = digest.named.get(p);
        for (int i = 0; i < pairs.length; i += 2) {
            g.writeArray(new int[] {conceptRow[pairs[i]], pairs[i + 1]}, 0, 2);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("mentions");
        for (MentionRecord m : text.mentions()) {
            int c = digest.conceptIndex(m.conceptId());
            g.writeArray(new int[] {Mention.TITLE.equals(m.field()) ? 0 : 1, m.start(), m.end(), conceptRow[c]}, 0, 4);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("related");
        for (ConceptLinks.Link l : related) {
            g.writeStartArray();
            g.writeNumber(paperRow[digest.paperInt(partner(l, p))]);
            g.writeNumber(l.weight());
            g.writeStartArray();
            for (String c : l.concepts()) {
                g.writeNumber(conceptRow[digest.conceptIndex(c)]);
            }
            g.writeEndArray();
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void charts(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("charts");
        Integer[] ranked = digest.conceptsByPapers();
        g.writeArrayFieldStart("topByType");
        for (ConceptType type : ConceptType.values()) {
            intArray(g, Arrays.stream(ranked).filter(c -> digest.type(c) == type).limit(TOP_PER_TYPE)
                    .mapToInt(Integer::intValue).toArray(), conceptRow);
        }
        g.writeEndArray();
        // Concepts by how many papers name them, in doubling bins: 1, 2, 3-4, 5-8...
        Map<Integer, Integer> bins = new TreeMap<>();
        for (int n : digest.paperCounts) {
            int upper = Integer.highestOneBit(Math.max(1, n - 1)) * 2;
            bins.merge(n <= 1 ? 1 : upper, 1, Integer::sum);
        }
        g.writeArrayFieldStart("byPapers");
        for (Map.Entry<Integer, Integer> bin : bins.entrySet()) {
            int upper = bin.getKey();
            int lower = upper <= 2 ? upper : upper / 2 + 1;
            g.writeStartArray();
            g.writeString(lower == upper ? Integer.toString(upper) : lower + "–" + upper);
            g.writeNumber(bin.getValue());
            g.writeEndArray();
        }
        g.writeEndArray();
        Map<Integer, Integer> years = new TreeMap<>();
        digest.years.forEach(y -> years.merge(y, 1, Integer::sum));
        g.writeNumberField("undated", years.getOrDefault(0, 0));
        years.remove(0);
        g.writeArrayFieldStart("years");
        for (Map.Entry<Integer, Integer> year : years.entrySet()) {
            g.writeArray(new int[] {year.getKey(), year.getValue()}, 0, 2);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The rows these ints have in a table. */
    private static void intArray(JsonGenerator g, int[] ints, int[] rows) throws IOException {
        g.writeStartArray();
        for (int i : ints) {
            g.writeNumber(rows[i]);
        }
        g.writeEndArray();
    }

    private static void stringArray(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** How many of the store's papers and concepts each part of the page holds. */
    GraphReport.Shown shown() {
        return new GraphReport.Shown(digest.papers(), digest.concepts.size(), graphPapers.length, graphConcepts.length,
                pagePapers.length, conceptTable.size(), boardConcepts.size());
    }
}

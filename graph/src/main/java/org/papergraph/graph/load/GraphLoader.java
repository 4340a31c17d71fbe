package org.papergraph.graph.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.papergraph.extractor.link.ConceptLinks;
import org.papergraph.extractor.lookup.LookupKey;
import org.papergraph.extractor.model.ResultPart;
import org.papergraph.extractor.model.ResultRow;
import org.papergraph.graph.load.GraphRows.ConceptRow;
import org.papergraph.graph.load.GraphRows.PaperRow;
import org.papergraph.graph.load.GraphRows.RelationRow;
import org.papergraph.graph.load.GraphRows.ReportedResult;

/**
 * Writes papers, concepts, their relations, the papers' results and shared-concept links into Neo4j through the driver:
 * schema first, then parameterised {@code UNWIND ... MERGE} statements in fixed-size write transactions. Everything
 * merges on stable ids, so writing the same rows again changes nothing and a retried transaction is harmless. A row
 * Neo4j refuses (a value it cannot store or index) costs only itself: its batch is written again row by row, and the
 * refused row is reported and skipped. {@link GraphSync} decides what to write.
 */
public final class GraphLoader {

    /** What the graph holds after a load. */
    public record Counts(long papers, long concepts, long relations, long links, long results) {
    }

    /** Rows a write transaction carries: a few thousand keep Neo4j's transaction state small and round trips few. */
    private static final int BATCH = 2000;
    private final Driver driver;
    private final String database;
    private final Consumer<String> onProblem;
    private final Map<String, String> sources = new HashMap<>();

    /**
     * @param database  the database to load, or null for the server's default
     * @param onProblem told of each row Neo4j refused, naming the paper or concept and the input's {@code file:line}
     */
    public GraphLoader(Driver driver, String database, Consumer<String> onProblem) {
        this.driver = driver;
        this.database = database;
        this.onProblem = onProblem;
    }

    public void createSchema() {
        try (Session session = session()) {
            for (String statement : CypherFiles.statements("schema")) {
                session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
            }
        }
    }

    /** The revision of the RDF store the graph holds; empty before the first load and while a load is under way. */
    public OptionalLong revision() {
        try (Session session = session()) {
            Value v = session.executeRead(tx -> tx.run(CypherFiles.statement("revision")).single().get("revision"));
            return v.isNull() || v.asLong() < 0 ? OptionalLong.empty() : OptionalLong.of(v.asLong());
        }
    }

    /** Records the store revision the graph holds; -1 while a load is under way, so an interrupted one is redone. */
    public void setRevision(long revision) {
        try (Session session = session()) {
            session.executeWriteWithoutResult(tx -> tx.run(CypherFiles.statement("set-revision"),
                    Values.parameters("revision", revision)).consume());
        }
    }

    /**
     * Creates or updates papers and the concepts they name, and replaces each paper's relations to concepts and the
     * results it reports.
     */
    public void writePapers(List<PaperRow> papers, List<ConceptRow> concepts, List<RelationRow> relations,
                            List<ReportedResult> results) {
        papers.forEach(p -> sources.put(p.id(), p.source()));
        write(CypherFiles.statement("load-papers"), papers.stream().map(GraphLoader::paperMap).toList(), row -> paper(row.get("id")));
        write(CypherFiles.statement("load-concepts"), concepts.stream().map(GraphLoader::conceptMap).toList(),
                row -> "concept " + abbreviate(row.get("id")));
        write(CypherFiles.statement("load-relations"), relationsByPaper(papers, relations), row -> "the concepts of " + paper(row.get("paper")));
        write(CypherFiles.statement("load-results"), resultsByPaper(papers, results),
                row -> "the results of " + paper(row.get("paper")));
    }

    /** Removes papers with their relations and links. */
    public void deletePapers(Collection<String> ids) {
        writeIds("delete-papers", ids);
    }

    /** Removes concepts with their relations. */
    public void deleteConcepts(Collection<String> ids) {
        writeIds("delete-concepts", ids);
    }

    /** Sets the paper count of these concepts from the relations the graph holds; ids it does not hold are passed over. */
    public void countPapers(Collection<String> conceptIds) {
        writeIds("count-papers", conceptIds);
    }

    /**
     * Removes every paper and concept whose id is not among these, and every result no paper reports: what the store
     * no longer holds.
     */
    public void pruneTo(Collection<String> paperIds, Collection<String> conceptIds) {
        prune("prune-papers", Values.parameters("keys", List.copyOf(paperIds)));
        prune("prune-concepts", Values.parameters("keys", List.copyOf(conceptIds)));
        prune("prune-results", Values.parameters());
    }

    /** Removes every shared-concept link, so that all papers can rank theirs anew. */
    public void deleteLinks() {
        prune("delete-links", Values.parameters());
    }

    /**
     * Lets papers rank their links again: each is taken off every link it ranked, then ranks its strongest links
     * (creating or updating them), and links of these papers that no paper ranks any more are removed.
     *
     * @param topLinks a paper's strongest links
     * @param progress told how many papers have ranked theirs so far
     */
    public void rankLinks(List<String> papers, Function<String, List<ConceptLinks.Link>> topLinks, IntConsumer progress) {
        writeIds("unrank-links", papers);
        String statement = CypherFiles.statement("rank-links");
        for (int from = 0; from < papers.size(); from += BATCH / 10) {
            List<String> chunk = papers.subList(from, Math.min(papers.size(), from + BATCH / 10));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String by : chunk) {
                for (ConceptLinks.Link l : topLinks.apply(by)) {
                    rows.add(Map.of("by", by, "a", l.a(), "b", l.b(), "weight", l.weight(), "concepts", l.concepts()));
                }
            }
            write(statement, rows, row -> "the link of " + paper(row.get("a")) + " and " + paper(row.get("b")));
            progress.accept(from + chunk.size());
        }
        writeIds("drop-unranked-links", papers);
    }

    public Counts counts() {
        try (Session session = session()) {
            Record r = session.executeRead(tx -> tx.run(CypherFiles.statement("counts")).single());
            return new Counts(r.get("papers").asLong(), r.get("concepts").asLong(), r.get("relations").asLong(),
                    r.get("links").asLong(), r.get("results").asLong());
        }
    }

    private String paper(Object id) {
        return "paper " + abbreviate(id) + Optional.ofNullable(sources.get(String.valueOf(id))).map(s -> " (" + s + ")")
                .orElse("");
    }

    private void writeIds(String file, Collection<String> ids) {
        String statement = CypherFiles.statement(file);
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + BATCH));
            try (Session session = session()) {
                session.executeWriteWithoutResult(tx -> tx.run(statement, Values.parameters("ids", chunk)).consume());
            }
        }
    }

    /** Runs a statement that deletes a bounded batch and returns how many, until a batch deletes nothing. */
    private void prune(String file, Value parameters) {
        String statement = CypherFiles.statement(file);
        long deleted;
        do {
            try (Session session = session()) {
                deleted = session.executeWrite(tx -> tx.run(statement, parameters).single().get("deleted").asLong());
            }
        } while (deleted > 0);
    }

    /**
     * Writes rows in batches. A batch Neo4j refuses is written again row by row, so one bad row costs only itself;
     * an unreachable server, or a batch of which every row is refused, still fails the load.
     */
    private void write(String statement, List<Map<String, Object>> rows, Function<Map<String, Object>, String> describe) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Map<String, Object>> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
            try {
                run(statement, chunk);
            } catch (ClientException | DatabaseException batchRefused) {
                List<String> refused = new ArrayList<>();
                for (Map<String, Object> row : chunk) {
                    try {
                        run(statement, List.of(row));
                    } catch (ClientException | DatabaseException e) {
                        refused.add(describe.apply(row) + " is not in Neo4j: " + firstLine(e.getMessage()));
                    }
                }
                // Every row refused is no bad row: the statement or the server is at fault, and the load fails.
                if (chunk.size() > 1 && refused.size() == chunk.size()) {
                    throw batchRefused;
                }
                refused.forEach(onProblem);
            }
        }
    }

    private void run(String statement, List<Map<String, Object>> rows) {
        try (Session session = session()) {
            session.executeWriteWithoutResult(tx -> tx.run(statement, Values.parameters("rows", rows)).consume());
        }
    }

    private static String firstLine(String message) {
        String line = String.valueOf(message).lines().findFirst().orElse("");
        return line.length() <= 200 ? line : line.substring(0, 197) + "...";
    }

    private static String abbreviate(Object id) {
        String s = String.valueOf(id);
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    private Session session() {
        return database == null ? driver.session()
                : driver.session(org.neo4j.driver.SessionConfig.forDatabase(database));
    }

    /**
     * One row a paper, made from its items (those whose paper id it has); papers without any get a row too, so that
     * what they had before goes.
     */
    private static <T> List<Map<String, Object>> byPaper(List<PaperRow> papers, List<T> items,
                                                         Function<T, String> paperId,
                                                         BiFunction<String, List<T>, Map<String, Object>> row) {
        Map<String, List<T>> grouped = new HashMap<>();
        items.forEach(i -> grouped.computeIfAbsent(paperId.apply(i), k -> new ArrayList<>()).add(i));
        return papers.stream().map(p -> row.apply(p.id(), grouped.getOrDefault(p.id(), List.of()))).toList();
    }

    private static List<Map<String, Object>> relationsByPaper(List<PaperRow> papers, List<RelationRow> relations) {
        return byPaper(papers, relations, RelationRow::paperId, (paper, rs) -> Map.of("paper", paper,
                "keys", rs.stream().map(r -> r.conceptId() + "|" + r.role().toUpperCase(Locale.ROOT)).toList(),
                "concepts", rs.stream().map(r -> Map.<String, Object>of("id", r.conceptId(), "role", r.role(),
                        "confidence", r.confidence(), "mentions", r.mentions(), "foundBy", r.foundBy())).toList()));
    }

    /**
     * The ids of each paper's results, and each result's properties and links to the concepts its parts name, with
     * their keys ("TYPE|conceptId").
     */
    private static List<Map<String, Object>> resultsByPaper(List<PaperRow> papers, List<ReportedResult> results) {
        return byPaper(papers, results, ReportedResult::paperId, (paper, rs) -> Map.of("paper", paper,
                "ids", rs.stream().map(ReportedResult::id).toList(),
                "results", rs.stream().map(GraphLoader::resultMap).toList()));
    }

    private static Map<String, Object> resultMap(ReportedResult result) {
        ResultRow r = result.row();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", result.id());
        properties.put("value", result.value());
        properties.put("valueText", r.value());
        properties.put("unit", emptyToNull(r.unit()));
        properties.put("kind", r.kind().label());
        properties.put("metricText", emptyToNull(r.metric().text()));
        properties.put("benchmarkText", emptyToNull(r.benchmark().text()));
        properties.put("systemText", emptyToNull(r.system().text()));
        properties.put("baselineText", emptyToNull(r.baseline().text()));
        properties.put("quote", r.quote());
        properties.put("sentence", result.sentence());
        properties.put("field", r.field());
        properties.put("start", r.start());
        properties.put("end", r.end());
        properties.put("quoteStart", r.quoteStart());
        properties.put("quoteEnd", r.quoteEnd());
        properties.put("sentenceStart", r.sentenceStart());
        properties.put("sentenceEnd", r.sentenceEnd());
        List<Map<String, Object>> links = new ArrayList<>();
        link(links, "MEASURES", r.metric());
        link(links, "ON_BENCHMARK", r.benchmark());
        link(links, "OBTAINED_BY", r.system());
        link(links, "COMPARED_WITH", r.baseline());
        return Map.of("id", result.id(), "properties", properties, "links", links,
                "keys", links.stream().map(l -> l.get("type") + "|" + l.get("concept")).toList());
    }

    private static void link(List<Map<String, Object>> links, String type, ResultPart part) {
        if (part.conceptId() != null) {
            links.add(Map.of("type", type, "concept", part.conceptId()));
        }
    }

    /** Neo4j stores no empty part: a property set to null is absent, as the store leaves out an empty string. */
    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static Map<String, Object> paperMap(PaperRow p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("title", p.title());
        m.put("date", p.date());
        m.put("year", p.year());
        m.put("doi", p.doi());
        m.put("url", p.url());
        m.put("authors", p.authors());
        m.put("categories", p.categories());
        m.put("idKey", LookupKey.of(p.id()));
        String titleKey = LookupKey.of(p.title());
        m.put("titleKey", titleKey.isEmpty() ? null : titleKey);
        return m;
    }

    private static Map<String, Object> conceptMap(ConceptRow c) {
        List<String> names = new ArrayList<>(List.of(c.id(), c.name()));
        names.addAll(c.aliases());
        return Map.of("id", c.id(), "name", c.name(), "type", c.type(), "aliases", c.aliases(),
                "specific", c.specific(), "keys", LookupKey.keys(names));
    }
}

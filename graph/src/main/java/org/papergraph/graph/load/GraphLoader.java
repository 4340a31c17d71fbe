package org.papergraph.graph.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.papergraph.extractor.link.ConceptLinks;
import org.papergraph.graph.load.GraphRows.ConceptRow;
import org.papergraph.graph.load.GraphRows.PaperRow;
import org.papergraph.graph.load.GraphRows.RelationRow;

/**
 * Loads papers, concepts, their relations and the papers' shared-concept links into Neo4j through
 * the driver: schema first, then parameterised {@code UNWIND ... MERGE} statements in fixed-size write
 * transactions. Everything merges on stable ids, so loading the same rows again changes nothing and
 * a retried transaction is harmless. A row Neo4j refuses (a value it cannot store or index) costs only itself: its
 * batch is written again row by row, and the refused row is reported and skipped.
 */
public final class GraphLoader {

    /** What the graph holds after a load. */
    public record Counts(long papers, long concepts, long relations, long links) {
    }

    private static final int BATCH = 500;
    private final Driver driver;
    private final String database;
    private final Consumer<String> onProblem;

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

    /**
     * Makes Neo4j hold exactly the rows: loads them, removes papers and concepts that are not among them, and
     * replaces the shared-concept links with those computed from them.
     *
     * @param progress told how many papers' relations are loaded so far
     */
    public Counts load(List<PaperRow> papers, List<ConceptRow> concepts, List<RelationRow> relations,
                       List<ConceptLinks.Link> links, IntConsumer progress) {
        createSchema();
        Map<String, String> sources = new HashMap<>();
        papers.forEach(p -> sources.put(p.id(), p.source()));
        Function<Object, String> paper = id -> "paper " + abbreviate(id) + Optional.ofNullable(sources.get(id))
                .map(s -> " (" + s + ")").orElse("");
        write("load-papers", papers.stream().map(GraphLoader::paperMap).toList(), row -> paper.apply(row.get("id")),
                n -> { });
        write("load-concepts", concepts.stream().map(GraphLoader::conceptMap).toList(),
                row -> "concept " + abbreviate(row.get("id")), n -> { });
        write("load-relations", relationsByPaper(papers, relations), row -> "the concepts of " + paper.apply(row.get("paper")),
                progress);
        prune("prune-papers", papers.stream().map(PaperRow::id).toList());
        prune("prune-concepts", concepts.stream().map(ConceptRow::id).toList());
        write("load-links", links.stream().map(l -> Map.<String, Object>of("a", l.a(), "b", l.b(),
                "weight", l.weight(), "concepts", l.concepts())).toList(),
                row -> "the link of " + paper.apply(row.get("a")) + " and " + paper.apply(row.get("b")), n -> { });
        pruneLinks(links);
        return counts();
    }

    public Counts counts() {
        try (Session session = session()) {
            Record r = session.executeRead(tx -> tx.run(CypherFiles.statement("counts")).single());
            return new Counts(r.get("papers").asLong(), r.get("concepts").asLong(), r.get("relations").asLong(),
                    r.get("links").asLong());
        }
    }

    private void pruneLinks(List<ConceptLinks.Link> links) {
        prune("prune-links", links.stream().map(l -> l.a() + "|" + l.b()).toList());
    }

    /** Runs a statement that deletes a bounded batch of what {@code keys} does not hold, until a batch deletes nothing. */
    private void prune(String file, List<String> keys) {
        String statement = CypherFiles.statement(file);
        long deleted;
        do {
            try (Session session = session()) {
                deleted = session.executeWrite(tx -> tx.run(statement, Values.parameters("keys", keys))
                        .single().get("deleted").asLong());
            }
        } while (deleted > 0);
    }

    /**
     * Writes rows in batches. A batch Neo4j refuses is written again row by row, so one bad row costs only itself;
     * an unreachable server, or a batch of which every row is refused, still fails the load.
     *
     * @param progress told how many rows are written so far
     */
    private void write(String file, List<Map<String, Object>> rows, Function<Map<String, Object>, String> describe,
                       IntConsumer progress) {
        String statement = CypherFiles.statement(file);
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
            progress.accept(Math.min(rows.size(), from + BATCH));
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

    private static List<Map<String, Object>> relationsByPaper(List<PaperRow> papers, List<RelationRow> relations) {
        Map<String, List<RelationRow>> grouped = new HashMap<>();
        relations.forEach(r -> grouped.computeIfAbsent(r.paperId(), k -> new ArrayList<>()).add(r));
        List<Map<String, Object>> out = new ArrayList<>(papers.size());
        for (PaperRow p : papers) {
            List<RelationRow> rs = grouped.getOrDefault(p.id(), List.of());
            List<String> keys = rs.stream().map(r -> r.conceptId() + "|" + r.role().toUpperCase(Locale.ROOT)).toList();
            List<Map<String, Object>> concepts = rs.stream().map(r -> Map.<String, Object>of("id", r.conceptId(),
                    "role", r.role(), "confidence", r.confidence(), "mentions", r.mentions())).toList();
            out.add(Map.of("paper", p.id(), "keys", keys, "concepts", concepts));
        }
        return out;
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
        return m;
    }

    private static Map<String, Object> conceptMap(ConceptRow c) {
        return Map.of("id", c.id(), "name", c.name(), "type", c.type(), "aliases", c.aliases(), "specific", c.specific());
    }
}

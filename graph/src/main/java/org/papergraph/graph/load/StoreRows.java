package org.papergraph.graph.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.papergraph.extractor.link.ConceptLinks;
import org.papergraph.extractor.model.Paper;
import org.papergraph.graph.load.GraphRows.ConceptRow;
import org.papergraph.graph.load.GraphRows.PaperRow;
import org.papergraph.graph.load.GraphRows.RelationRow;
import org.papergraph.ontology.store.ConceptRecord;
import org.papergraph.ontology.store.PaperRecord;
import org.papergraph.ontology.store.PapergraphStore;

/**
 * The rows for Neo4j, read from the RDF store: the store is the one source both the SPARQL endpoint
 * and the property graph are made from. Papers are linked through the specific concepts they share.
 */
public record StoreRows(List<PaperRow> papers, List<ConceptRow> concepts, List<RelationRow> relations,
                        List<ConceptLinks.Link> links) {

    public static StoreRows read(PapergraphStore store) {
        List<PaperRow> papers = new ArrayList<>();
        Map<String, ConceptRow> concepts = new LinkedHashMap<>();
        List<RelationRow> relations = new ArrayList<>();
        Map<String, List<String>> linking = new LinkedHashMap<>();
        store.forEachPaper(p -> {
            papers.add(paperRow(p));
            List<String> specific = new ArrayList<>();
            for (ConceptRecord c : p.concepts()) {
                concepts.putIfAbsent(c.id(), new ConceptRow(c.id(), c.name(), c.type().label(), c.aliases(), c.specific()));
                relations.add(new RelationRow(p.id(), c.id(), c.role().label(), c.confidence(), c.mentionCount()));
                if (c.specific()) {
                    specific.add(c.id());
                }
            }
            linking.put(p.id(), specific);
        });
        List<ConceptLinks.Link> links = new ConceptLinks(ConceptLinks.DEFAULT_MAX_LINKS_PER_PAPER).links(linking);
        return new StoreRows(papers, List.copyOf(concepts.values()), relations, links);
    }

    private static PaperRow paperRow(PaperRecord p) {
        return new PaperRow(p.id(), p.title(), p.date(), Paper.yearOf(p.date()), p.doi(), p.url(), p.authors(),
                p.categories(), p.source());
    }
}

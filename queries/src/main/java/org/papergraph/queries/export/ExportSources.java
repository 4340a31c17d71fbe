package org.papergraph.queries.export;

import org.neo4j.driver.Driver;
import org.papergraph.ontology.store.PapergraphStore;

/**
 * What the exports read: the RDF store for the RDF formats, Neo4j for the others. Either may be null when no format
 * written reads it.
 */
public record ExportSources(PapergraphStore store, Driver neo4j) {
}

// Papers' relations to concepts (PROPOSES, USES, ...) as neo4j-admin import reads them (ImportCsvExporter; the Cypher
// script export reads the rows too): first the property keys any relation has, then each relation's paper, concept,
// type and properties.
MATCH (:Paper)-[r]->(:Concept) UNWIND keys(r) AS key RETURN DISTINCT key ORDER BY key;
MATCH (a:Paper)-[r]->(b:Concept) RETURN a.id AS start, b.id AS end, type(r) AS type, properties(r) AS properties

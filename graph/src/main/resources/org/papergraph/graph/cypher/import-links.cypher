// Shared-concept links between papers as neo4j-admin import reads them (ImportCsvExporter; the Cypher script export
// reads the rows too): first the property keys any link has, then each link's papers, type and properties.
MATCH (:Paper)-[r:SHARES_CONCEPT]->(:Paper) UNWIND keys(r) AS key RETURN DISTINCT key ORDER BY key;
MATCH (a:Paper)-[r:SHARES_CONCEPT]->(b:Paper)
RETURN a.id AS start, b.id AS end, type(r) AS type, properties(r) AS properties

// Papers' REPORTS relationships to their results as neo4j-admin import reads them (ImportCsvExporter; the Cypher
// script export reads the rows too): first the property keys any has, then each one's paper, result, type and
// properties.
MATCH (:Paper)-[r:REPORTS]->(:Result) UNWIND keys(r) AS key RETURN DISTINCT key ORDER BY key;
MATCH (a:Paper)-[r:REPORTS]->(b:Result) RETURN a.id AS start, b.id AS end, type(r) AS type, properties(r) AS properties

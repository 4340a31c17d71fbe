// Concepts as neo4j-admin import reads them (ImportCsvExporter; the Cypher script export reads the rows too): first
// the property keys any concept has, then each concept's labels (Concept and its type) and properties.
MATCH (n:Concept) UNWIND keys(n) AS key RETURN DISTINCT key ORDER BY key;
MATCH (n:Concept) RETURN labels(n) AS labels, properties(n) AS properties

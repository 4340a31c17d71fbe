// Papers as neo4j-admin import reads them (ImportCsvExporter; the Cypher script export reads the rows too): first the
// property keys any paper has, then each paper's labels and properties.
MATCH (n:Paper) UNWIND keys(n) AS key RETURN DISTINCT key ORDER BY key;
MATCH (n:Paper) RETURN labels(n) AS labels, properties(n) AS properties

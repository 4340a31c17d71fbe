// Results as neo4j-admin import reads them (ImportCsvExporter; the Cypher script export reads the rows too): first the
// property keys any result has, then each result's labels and properties.
MATCH (n:Result) UNWIND keys(n) AS key RETURN DISTINCT key ORDER BY key;
MATCH (n:Result) RETURN labels(n) AS labels, properties(n) AS properties

// Concept keys as neo4j-admin import reads them (ImportCsvExporter): first the property keys any has, then each
// key's import id (it has no id property: one key may name several concepts), labels and properties.
MATCH (n:ConceptKey) UNWIND keys(n) AS key RETURN DISTINCT key ORDER BY key;
MATCH (n:ConceptKey) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties

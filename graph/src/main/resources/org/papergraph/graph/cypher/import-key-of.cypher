// Concept keys' links to their concepts as neo4j-admin import reads them (ImportCsvExporter): first the property
// keys any link has, then each link's key (by the import id import-concept-keys gives it), concept, type and
// properties.
MATCH (:ConceptKey)-[r:KEY_OF]->(:Concept) UNWIND keys(r) AS key RETURN DISTINCT key ORDER BY key;
MATCH (k:ConceptKey)-[r:KEY_OF]->(c:Concept)
RETURN elementId(k) AS start, c.id AS end, type(r) AS type, properties(r) AS properties

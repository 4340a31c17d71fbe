// Concept keys for the Cypher script export (CypherScriptExporter), each with its links to its concepts: a key has no
// id of its own to find it by, so it is created with its links.
MATCH (k:ConceptKey)
RETURN labels(k) AS labels, properties(k) AS properties,
       [(k)-[r:KEY_OF]->(c:Concept) | {concept: c.id, properties: properties(r)}] AS keyOf

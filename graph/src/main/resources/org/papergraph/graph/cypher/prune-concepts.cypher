// Removes, in bounded batches, concepts the store no longer describes (no paper names them any more), with their
// keys; $keys holds the ids of the concepts it describes.
MATCH (c:Concept)
WHERE NOT c.id IN $keys
WITH c LIMIT 10000
OPTIONAL MATCH (c)<-[:KEY_OF]-(k:ConceptKey)
DETACH DELETE k, c
RETURN count(DISTINCT c) AS deleted

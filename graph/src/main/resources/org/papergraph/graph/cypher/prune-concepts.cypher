// Removes, in bounded batches, concepts the store no longer describes (no paper names them any more);
// $keys holds the ids of the concepts it describes.
MATCH (c:Concept)
WHERE NOT c.id IN $keys
WITH c LIMIT 10000
DETACH DELETE c
RETURN count(*) AS deleted

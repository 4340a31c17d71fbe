// Removes, in bounded batches, papers the store no longer holds (removed ones), with their relations;
// $keys holds the ids of the papers it holds.
MATCH (p:Paper)
WHERE NOT p.id IN $keys
WITH p LIMIT 10000
DETACH DELETE p
RETURN count(*) AS deleted

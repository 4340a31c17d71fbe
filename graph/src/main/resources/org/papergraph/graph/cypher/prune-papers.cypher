// Removes, in bounded batches, papers the store no longer holds (removed ones), with their relations and results;
// $keys holds the ids of the papers it holds.
MATCH (p:Paper)
WHERE NOT p.id IN $keys
WITH p LIMIT 10000
OPTIONAL MATCH (p)-[:REPORTS]->(r:Result)
DETACH DELETE r, p
RETURN count(DISTINCT p) AS deleted

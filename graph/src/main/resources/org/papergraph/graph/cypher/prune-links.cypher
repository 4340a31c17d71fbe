// Removes, in bounded batches, links that the current build no longer makes; $keys holds "a|b".
MATCH (a:Paper)-[s:SHARES_CONCEPT]->(b:Paper)
WHERE NOT (a.id + '|' + b.id) IN $keys
WITH s LIMIT 10000
DELETE s
RETURN count(*) AS deleted

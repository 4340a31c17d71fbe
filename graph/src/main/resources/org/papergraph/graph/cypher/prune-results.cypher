// Removes, in bounded batches, results no paper reports (their paper went without them, as a load cut short leaves).
MATCH (r:Result)
WHERE NOT EXISTS { (r)<-[:REPORTS]-(:Paper) }
WITH r LIMIT 10000
DETACH DELETE r
RETURN count(*) AS deleted

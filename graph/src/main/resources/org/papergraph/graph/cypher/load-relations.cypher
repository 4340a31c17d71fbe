// One row a paper: {paper, keys, concepts: [{id, role, confidence, mentions, foundBy}]}; keys are
// "conceptId|ROLE" for every relation the paper has now, so relations an earlier build found and this
// one does not are removed, and the rest are merged in place.
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
OPTIONAL MATCH (p)-[old]->(c0:Concept)
WHERE NOT (c0.id + '|' + type(old)) IN row.keys
DELETE old
WITH DISTINCT p, row
UNWIND row.concepts AS rc
MATCH (c:Concept {id: rc.id})
FOREACH (_ IN CASE WHEN rc.role = 'proposes' THEN [1] ELSE [] END |
  MERGE (p)-[r:PROPOSES]->(c) SET r.confidence = rc.confidence, r.mentions = rc.mentions, r.foundBy = rc.foundBy)
FOREACH (_ IN CASE WHEN rc.role = 'uses' THEN [1] ELSE [] END |
  MERGE (p)-[r:USES]->(c) SET r.confidence = rc.confidence, r.mentions = rc.mentions, r.foundBy = rc.foundBy)
FOREACH (_ IN CASE WHEN rc.role = 'evaluates_on' THEN [1] ELSE [] END |
  MERGE (p)-[r:EVALUATES_ON]->(c) SET r.confidence = rc.confidence, r.mentions = rc.mentions, r.foundBy = rc.foundBy)
FOREACH (_ IN CASE WHEN rc.role = 'compares' THEN [1] ELSE [] END |
  MERGE (p)-[r:COMPARES]->(c) SET r.confidence = rc.confidence, r.mentions = rc.mentions, r.foundBy = rc.foundBy)
FOREACH (_ IN CASE WHEN rc.role = 'addresses' THEN [1] ELSE [] END |
  MERGE (p)-[r:ADDRESSES]->(c) SET r.confidence = rc.confidence, r.mentions = rc.mentions, r.foundBy = rc.foundBy)
FOREACH (_ IN CASE WHEN rc.role = 'mentions' THEN [1] ELSE [] END |
  MERGE (p)-[r:MENTIONS]->(c) SET r.confidence = rc.confidence, r.mentions = rc.mentions, r.foundBy = rc.foundBy)

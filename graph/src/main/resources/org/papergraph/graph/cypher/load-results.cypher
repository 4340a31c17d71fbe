// One row a paper: {paper, ids, results: [{id, properties, links: [{type, concept}], keys}]}. ids are the ids of the
// results the paper reports now, so results an earlier build found and this one does not are removed; a result's
// keys are "TYPE|conceptId" for each link it has now to the concepts its metric, benchmark, system and baseline
// name, so links it no longer has are removed, and the rest are merged in place.
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
OPTIONAL MATCH (p)-[:REPORTS]->(old:Result)
WHERE NOT old.id IN row.ids
DETACH DELETE old
WITH DISTINCT p, row
UNWIND row.results AS rr
MERGE (r:Result {id: rr.id})
SET r = rr.properties
MERGE (p)-[:REPORTS]->(r)
WITH r, rr
OPTIONAL MATCH (r)-[gone:MEASURES|ON_BENCHMARK|OBTAINED_BY|COMPARED_WITH]->(c0:Concept)
WHERE NOT (type(gone) + '|' + c0.id) IN rr.keys
DELETE gone
WITH DISTINCT r, rr
UNWIND rr.links AS link
MATCH (c:Concept {id: link.concept})
FOREACH (_ IN CASE WHEN link.type = 'MEASURES' THEN [1] ELSE [] END | MERGE (r)-[:MEASURES]->(c))
FOREACH (_ IN CASE WHEN link.type = 'ON_BENCHMARK' THEN [1] ELSE [] END | MERGE (r)-[:ON_BENCHMARK]->(c))
FOREACH (_ IN CASE WHEN link.type = 'OBTAINED_BY' THEN [1] ELSE [] END | MERGE (r)-[:OBTAINED_BY]->(c))
FOREACH (_ IN CASE WHEN link.type = 'COMPARED_WITH' THEN [1] ELSE [] END | MERGE (r)-[:COMPARED_WITH]->(c))

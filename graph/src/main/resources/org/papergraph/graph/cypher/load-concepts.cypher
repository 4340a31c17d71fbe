// One row a concept: {id, name, type, aliases, specific, keys}. The type label is set from a closed list,
// so a concept whose type changed between builds loses its old label. keys are the lookup keys (LookupKey) of its
// id, name and aliases, one (:ConceptKey {key}) node each, so that a lookup by any of them is one index seek (Neo4j
// indexes no element of a list property); keys the concept no longer has go.
UNWIND $rows AS row
MERGE (c:Concept {id: row.id})
SET c.name = row.name, c.type = row.type, c.aliases = row.aliases, c.specific = row.specific
// Properties a graph loaded before lookup keys has.
REMOVE c.idKey, c.nameKey
REMOVE c:Method:Model:Dataset:Benchmark:Task:Metric
FOREACH (_ IN CASE WHEN row.type = 'Method' THEN [1] ELSE [] END | SET c:Method)
FOREACH (_ IN CASE WHEN row.type = 'Model' THEN [1] ELSE [] END | SET c:Model)
FOREACH (_ IN CASE WHEN row.type = 'Dataset' THEN [1] ELSE [] END | SET c:Dataset)
FOREACH (_ IN CASE WHEN row.type = 'Benchmark' THEN [1] ELSE [] END | SET c:Benchmark)
FOREACH (_ IN CASE WHEN row.type = 'Task' THEN [1] ELSE [] END | SET c:Task)
FOREACH (_ IN CASE WHEN row.type = 'Metric' THEN [1] ELSE [] END | SET c:Metric)
WITH c, row
OPTIONAL MATCH (c)<-[:KEY_OF]-(gone:ConceptKey)
WHERE NOT gone.key IN row.keys
DETACH DELETE gone
WITH DISTINCT c, row
FOREACH (key IN row.keys | MERGE (c)<-[:KEY_OF]-(:ConceptKey {key: key}))

// One row a concept: {id, name, type, aliases, specific}. The type label is set from a closed list,
// so a concept whose type changed between builds loses its old label. The keys are what queries look a
// concept up by in any case.
UNWIND $rows AS row
MERGE (c:Concept {id: row.id})
SET c.name = row.name, c.type = row.type, c.aliases = row.aliases, c.specific = row.specific,
    c.idKey = toLower(row.id), c.nameKey = toLower(row.name)
REMOVE c:Method:Model:Dataset:Benchmark:Task:Metric
FOREACH (_ IN CASE WHEN row.type = 'Method' THEN [1] ELSE [] END | SET c:Method)
FOREACH (_ IN CASE WHEN row.type = 'Model' THEN [1] ELSE [] END | SET c:Model)
FOREACH (_ IN CASE WHEN row.type = 'Dataset' THEN [1] ELSE [] END | SET c:Dataset)
FOREACH (_ IN CASE WHEN row.type = 'Benchmark' THEN [1] ELSE [] END | SET c:Benchmark)
FOREACH (_ IN CASE WHEN row.type = 'Task' THEN [1] ELSE [] END | SET c:Task)
FOREACH (_ IN CASE WHEN row.type = 'Metric' THEN [1] ELSE [] END | SET c:Metric)

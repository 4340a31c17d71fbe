// Every paper, concept and result for the graph files (GraphML, GEXF), keyed "paper:<id>", "concept:<id>" or
// "result:<id>" so the id spaces never collide, with its labels and properties.
MATCH (n) WHERE n:Paper OR n:Concept OR n:Result
RETURN CASE WHEN n:Paper THEN 'paper:' WHEN n:Concept THEN 'concept:' ELSE 'result:' END + n.id AS key,
       labels(n) AS labels, properties(n) AS properties

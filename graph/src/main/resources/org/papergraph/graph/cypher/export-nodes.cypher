// Every paper and concept for the graph files (GraphML, GEXF), keyed "paper:<id>" / "concept:<id>" so the two id
// spaces never collide, with its labels and properties.
MATCH (n) WHERE n:Paper OR n:Concept
RETURN CASE WHEN n:Paper THEN 'paper:' + n.id ELSE 'concept:' + n.id END AS key, labels(n) AS labels,
       properties(n) AS properties

// For the graph files (GraphML, GEXF): every relation of a paper to a concept, every shared-concept link between
// papers, every paper's REPORTS to its results and every result's links to the concepts its parts name; its ends by
// the keys export-nodes gives them, its type and properties.
MATCH (a)-[r]->(b)
WHERE (a:Paper AND (b:Concept OR b:Paper OR b:Result)) OR (a:Result AND b:Concept)
RETURN CASE WHEN a:Paper THEN 'paper:' ELSE 'result:' END + a.id AS source,
       CASE WHEN b:Paper THEN 'paper:' WHEN b:Concept THEN 'concept:' ELSE 'result:' END + b.id AS target,
       type(r) AS type, properties(r) AS properties

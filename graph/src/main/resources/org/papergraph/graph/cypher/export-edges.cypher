// Every relation of a paper to a concept and every shared-concept link between papers, for the graph files (GraphML,
// GEXF): its ends by the keys export-nodes gives them, its type and properties.
MATCH (a:Paper)-[r]->(b)
WHERE b:Concept OR b:Paper
RETURN 'paper:' + a.id AS source, CASE WHEN b:Paper THEN 'paper:' + b.id ELSE 'concept:' + b.id END AS target,
       type(r) AS type, properties(r) AS properties

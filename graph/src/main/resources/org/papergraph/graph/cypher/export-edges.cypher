// Every relation of a paper to a concept, and every shared-concept link between papers.
MATCH (a:Paper)-[r]->(b)
WHERE b:Concept OR b:Paper
RETURN 'paper:' + a.id AS source,
       CASE WHEN b:Paper THEN 'paper:' + b.id ELSE 'concept:' + b.id END AS target,
       type(r) AS label, r.weight AS weight, r.confidence AS confidence, r.concepts AS concepts
ORDER BY source, target, label

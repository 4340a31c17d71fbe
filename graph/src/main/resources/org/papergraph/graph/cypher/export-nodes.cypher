// Every paper and concept, keyed as "paper:<id>" / "concept:<id>" so the two id spaces never collide.
MATCH (n) WHERE n:Paper OR n:Concept
RETURN CASE WHEN n:Paper THEN 'paper:' + n.id ELSE 'concept:' + n.id END AS key,
       labels(n) AS labels, n.id AS id, n.title AS title, n.name AS name, n.type AS type, n.year AS year,
       n.specific AS specific
ORDER BY key

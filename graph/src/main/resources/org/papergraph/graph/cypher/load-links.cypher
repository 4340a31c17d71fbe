// One row a link: {a, b, weight, concepts}, with a < b so each pair has one relationship.
UNWIND $rows AS row
MATCH (a:Paper {id: row.a}), (b:Paper {id: row.b})
MERGE (a)-[s:SHARES_CONCEPT]->(b)
SET s.weight = row.weight, s.concepts = row.concepts

// One row a link as one paper ranks it: {by, a, b, weight, concepts}, with a < b so each pair has one
// relationship. rankedBy lists the papers among whose strongest links it is; a link no paper ranks is removed.
UNWIND $rows AS row
MATCH (a:Paper {id: row.a}), (b:Paper {id: row.b})
MERGE (a)-[s:SHARES_CONCEPT]->(b)
SET s.weight = row.weight, s.concepts = row.concepts,
    s.rankedBy = CASE WHEN row.by IN coalesce(s.rankedBy, []) THEN s.rankedBy ELSE coalesce(s.rankedBy, []) + row.by END

// title: Papers that evaluate on a concept
// description: The papers that report results on a concept (a dataset, benchmark or metric), most confident first (the confidence is the extractor's, in [0,1]), then by
//   paper id; the first 100, or as many as limit says.
// param: concept lookup = "GSM8K" -- The concept's id, name or any alias, in any case, singular or
//   plural, with or without hyphens.
// param: limit integer = "100" -- How many papers to list.
MATCH (:ConceptKey {key: $concept})-[:KEY_OF]->(c:Concept)
MATCH (p:Paper)-[r:EVALUATES_ON]->(c)
RETURN p.id AS id, p.title AS title, r.confidence AS confidence
ORDER BY confidence DESC, id
LIMIT $limit

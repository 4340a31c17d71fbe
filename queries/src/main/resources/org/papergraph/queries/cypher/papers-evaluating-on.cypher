// title: Papers that evaluate on a concept
// description: The papers that report results on a concept (a dataset, benchmark or metric), most confident first. The confidence is the extractor's, in [0,1].
// param: concept string = "GSM8K" -- The concept's id or name (any case).
MATCH (c:Concept)
WHERE c.idKey = toLower($concept) OR c.nameKey = toLower($concept)
MATCH (p:Paper)-[r:EVALUATES_ON]->(c)
RETURN p.id AS id, p.title AS title, r.confidence AS confidence
ORDER BY confidence DESC, id

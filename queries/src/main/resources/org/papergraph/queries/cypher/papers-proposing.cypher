// title: Papers that propose a concept
// description: The papers that introduce a concept, most confident first. The confidence is the extractor's, in [0,1].
// param: concept string = "knowledge distillation" -- The concept's id or name (any case).
MATCH (c:Concept)
WHERE c.idKey = toLower($concept) OR c.nameKey = toLower($concept)
MATCH (p:Paper)-[r:PROPOSES]->(c)
RETURN p.id AS id, p.title AS title, r.confidence AS confidence
ORDER BY confidence DESC, id

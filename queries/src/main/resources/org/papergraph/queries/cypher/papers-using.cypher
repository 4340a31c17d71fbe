// title: Papers that use a concept
// description: The papers that build on or apply a concept, most confident first. The confidence is the extractor's, in [0,1].
// param: concept string = "reinforcement learning" -- The concept's id or name (any case).
MATCH (c:Concept)
WHERE c.idKey = toLower($concept) OR c.nameKey = toLower($concept)
MATCH (p:Paper)-[r:USES]->(c)
RETURN p.id AS id, p.title AS title, r.confidence AS confidence
ORDER BY confidence DESC, id

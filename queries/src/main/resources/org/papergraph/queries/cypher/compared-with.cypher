// title: What a proposed method is compared with
// description: For each paper that proposes a method, the concepts it compares against as baselines, with how
//   many such papers compare with each; proposed is the method's name.
// param: method string = "" -- The proposed method's id or name (any case); empty lists every proposed method.
MATCH (m:Concept)
WHERE $method = '' OR m.idKey = toLower($method) OR m.nameKey = toLower($method)
MATCH (m)<-[:PROPOSES]-(p:Paper)-[:COMPARES]->(c:Concept)
WITH m, c, count(DISTINCT p) AS papers
RETURN m.name AS proposed, c.id AS id, c.name AS name, c.type AS type, papers
ORDER BY proposed, m.id, papers DESC, id

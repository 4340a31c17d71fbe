// title: What a proposed method is compared with
// description: For each paper that proposes a method, the concepts it compares against as baselines, with how
//   many such papers compare with each; proposed is the method's name.
// param: method lookup = "" -- The proposed method's id, name or any alias, in any case, singular or plural, with
//   or without hyphens; empty lists every proposed method.
// The method by its key, an index seek; every proposed method is scanned only when $method is empty (the
// WITH ... WHERE is checked before the scan).
CALL {
  MATCH (:ConceptKey {key: $method})-[:KEY_OF]->(m:Concept) RETURN m
  UNION
  WITH $method AS method
  WHERE method = ''
  MATCH (m:Concept)<-[:PROPOSES]-(:Paper)
  RETURN DISTINCT m
}
MATCH (m)<-[:PROPOSES]-(p:Paper)-[:COMPARES]->(c:Concept)
WITH m, c, count(DISTINCT p) AS papers
RETURN m.name AS proposed, c.id AS id, c.name AS name, c.type AS type, papers
ORDER BY proposed, m.id, papers DESC, id

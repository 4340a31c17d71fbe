// title: Benchmarks and datasets a method is evaluated on
// description: The benchmarks and datasets that papers proposing or using a method evaluate on, with how many
//   such papers do.
// param: method lookup = "reinforcement learning" -- The method's (or model's) id, name or any alias, in any case,
//   singular or plural, with or without hyphens.
MATCH (:ConceptKey {key: $method})-[:KEY_OF]->(m:Concept)
MATCH (m)<-[:PROPOSES|USES]-(p:Paper)-[:EVALUATES_ON]->(c:Concept)
WHERE c:Dataset OR c:Benchmark
WITH c, count(DISTINCT p) AS papers
RETURN c.id AS id, c.name AS name, c.type AS type, papers
ORDER BY papers DESC, id

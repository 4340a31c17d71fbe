// title: Concepts that co-occur with a concept
// description: The concepts named in the most papers together with a concept, with how many papers name both.
// param: concept lookup = "reinforcement learning" -- The concept's id, name or any alias, in any case, singular or
//   plural, with or without hyphens.
// param: limit integer = "20" -- How many concepts to list.
MATCH (:ConceptKey {key: $concept})-[:KEY_OF]->(x:Concept)
MATCH (x)<-[:PROPOSES|USES|EVALUATES_ON|COMPARES|ADDRESSES|MENTIONS]-(p:Paper)
      -[:PROPOSES|USES|EVALUATES_ON|COMPARES|ADDRESSES|MENTIONS]->(c:Concept)
WHERE c <> x
// Counted by concept before its properties are read: once a concept rather than once a paper naming it.
WITH c, count(DISTINCT p) AS papers
ORDER BY papers DESC, c.id
LIMIT $limit
RETURN c.id AS id, c.name AS name, c.type AS type, papers
ORDER BY papers DESC, id

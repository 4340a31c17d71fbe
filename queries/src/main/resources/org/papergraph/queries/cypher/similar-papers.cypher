// title: Papers most similar to a paper
// description: The ten papers that share the most weighted specific concepts with a paper. A shared concept
//   weighs ln(501/df), df the number of papers naming the concept (at most 500), so rare concepts count
//   most; weight is the sum, rounded to 3 decimals; shared is the number of shared concepts.
//   These are the links Neo4j keeps as SHARES_CONCEPT (each paper keeps its ten strongest).
// param: paper lookup -- The paper's id or title, in any case, with or without hyphens.
MATCH (a:Paper)
WHERE a.idKey = $paper OR a.titleKey = $paper
MATCH (a)-[s:SHARES_CONCEPT]-(b:Paper)
RETURN b.id AS id, b.title AS title, s.weight AS weight, size(s.concepts) AS shared
ORDER BY weight DESC, id
LIMIT 10

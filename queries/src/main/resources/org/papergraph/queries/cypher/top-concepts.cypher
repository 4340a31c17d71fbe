// title: Top concepts of a type
// description: The concepts of one type that the most papers name, in any role, with how many papers name each.
// param: type Method|Model|Dataset|Benchmark|Task|Metric = "Method" -- The concept type.
// param: limit integer = "10" -- How many concepts to list.
MATCH (c:Concept {type: $type})<-[:PROPOSES|USES|EVALUATES_ON|COMPARES|ADDRESSES|MENTIONS]-(p:Paper)
RETURN c.id AS id, c.name AS name, count(DISTINCT p) AS papers
ORDER BY papers DESC, id
LIMIT $limit

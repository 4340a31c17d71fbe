// title: Top concepts of a type
// description: The concepts of one type that the most papers name, in any role, with how many papers name each.
// param: type Method|Model|Dataset|Benchmark|Task|Metric = "Method" -- The concept type.
// param: limit integer = "10" -- How many concepts to list.
MATCH (c:Concept)
WHERE c.type = $type AND c.papers > 0
RETURN c.id AS id, c.name AS name, c.papers AS papers
ORDER BY papers DESC, id
LIMIT $limit

// title: Emerging concepts
// description: The concepts only one paper names so far, with that paper and the role it gives the concept;
//   by type, then name.
// param: limit integer = "50" -- How many concepts to list.
// The index on (papers, type, name) serves this in order, once every property has a predicate: only the first
// concepts are read.
MATCH (c:Concept)
WHERE c.papers = 1 AND c.type IS NOT NULL AND c.name IS NOT NULL
WITH c
ORDER BY c.papers, c.type, c.name, c.id
LIMIT $limit
MATCH (c)<-[r:PROPOSES|USES|EVALUATES_ON|COMPARES|ADDRESSES|MENTIONS]-(p:Paper)
RETURN c.id AS id, c.name AS name, c.type AS type, toLower(type(r)) AS role, p.id AS paper, p.title AS title
ORDER BY type, name, id

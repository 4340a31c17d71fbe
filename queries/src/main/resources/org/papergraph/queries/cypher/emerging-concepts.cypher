// title: Emerging concepts
// description: The concepts only one paper names so far, with that paper and the role it gives the concept;
//   by type, then name.
// param: limit integer = "50" -- How many concepts to list.
MATCH (c:Concept)
WHERE c.papers = 1
WITH c
ORDER BY c.type, c.name, c.id
LIMIT $limit
MATCH (c)<-[r:PROPOSES|USES|EVALUATES_ON|COMPARES|ADDRESSES|MENTIONS]-(p:Paper)
RETURN c.id AS id, c.name AS name, c.type AS type, toLower(type(r)) AS role, p.id AS paper, p.title AS title
ORDER BY type, name, id

// title: Emerging concepts
// description: The concepts only one paper names so far, with that paper and the role it gives the concept;
//   by type, then name.
// param: limit integer = "50" -- How many concepts to list.
MATCH (c:Concept)<-[r:PROPOSES|USES|EVALUATES_ON|COMPARES|ADDRESSES|MENTIONS]-(p:Paper)
WITH c, collect(r) AS rels, collect(DISTINCT p) AS papers
WHERE size(papers) = 1
WITH c, rels[0] AS r, papers[0] AS p
RETURN c.id AS id, c.name AS name, c.type AS type, toLower(type(r)) AS role, p.id AS paper, p.title AS title
ORDER BY type, name, id
LIMIT $limit

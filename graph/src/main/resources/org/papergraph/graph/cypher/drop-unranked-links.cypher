// After papers ranked their links again: removes their links that no paper ranks any more.
UNWIND $ids AS id
MATCH (:Paper {id: id})-[s:SHARES_CONCEPT]-(:Paper)
WHERE size(s.rankedBy) = 0
WITH DISTINCT s
DELETE s

// Before papers rank their links again: takes each of them off the rankedBy list of every link it has.
UNWIND $ids AS id
MATCH (:Paper {id: id})-[s:SHARES_CONCEPT]-(:Paper)
SET s.rankedBy = [x IN s.rankedBy WHERE x <> id]

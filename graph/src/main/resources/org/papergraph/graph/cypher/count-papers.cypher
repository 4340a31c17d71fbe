// Sets the paper count (df) of concepts, given by id, from the relations the graph holds: run after a change's
// relations are written, for the concepts in the change, the only ones whose count it can move.
UNWIND $ids AS id
MATCH (c:Concept {id: id})
SET c.papers = COUNT { MATCH (p:Paper)-[:PROPOSES|USES|EVALUATES_ON|COMPARES|ADDRESSES|MENTIONS]->(c) RETURN DISTINCT p }

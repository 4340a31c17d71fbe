// Removes concepts, given by id, that no paper names any more.
UNWIND $ids AS id
MATCH (c:Concept {id: id})
DETACH DELETE c

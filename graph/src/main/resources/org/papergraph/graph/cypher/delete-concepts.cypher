// Removes concepts, given by id, that no paper names any more, with their keys.
UNWIND $ids AS id
MATCH (c:Concept {id: id})
OPTIONAL MATCH (c)<-[:KEY_OF]-(k:ConceptKey)
DETACH DELETE k, c

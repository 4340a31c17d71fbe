// Removes papers, given by id, with their relations and links.
UNWIND $ids AS id
MATCH (p:Paper {id: id})
DETACH DELETE p

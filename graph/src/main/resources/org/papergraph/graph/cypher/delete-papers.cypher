// Removes papers, given by id, with their relations, links and the results they report.
UNWIND $ids AS id
MATCH (p:Paper {id: id})
OPTIONAL MATCH (p)-[:REPORTS]->(r:Result)
DETACH DELETE r, p

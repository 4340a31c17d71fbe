// The figures of a loaded graph.
MATCH (p:Paper) WITH count(p) AS papers
OPTIONAL MATCH (c:Concept) WITH papers, count(c) AS concepts
OPTIONAL MATCH (:Paper)-[r]->(:Concept) WITH papers, concepts, count(r) AS relations
OPTIONAL MATCH (:Paper)-[s:SHARES_CONCEPT]->(:Paper)
RETURN papers, concepts, relations, count(s) AS links

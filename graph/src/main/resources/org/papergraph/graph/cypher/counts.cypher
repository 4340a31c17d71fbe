// The figures of a loaded graph.
MATCH (p:Paper) WITH count(p) AS papers
OPTIONAL MATCH (c:Concept) WITH papers, count(c) AS concepts
OPTIONAL MATCH (:Paper)-[r]->(:Concept) WITH papers, concepts, count(r) AS relations
OPTIONAL MATCH (:Paper)-[s:SHARES_CONCEPT]->(:Paper) WITH papers, concepts, relations, count(s) AS links
OPTIONAL MATCH (x:Result)
RETURN papers, concepts, relations, links, count(x) AS results

// Results' links to the concepts their parts name (MEASURES, ON_BENCHMARK, OBTAINED_BY, COMPARED_WITH) as neo4j-admin
// import reads them (ImportCsvExporter; the Cypher script export reads the rows too): first the property keys any
// link has, then each link's result, concept, type and properties.
MATCH (:Result)-[r]->(:Concept) UNWIND keys(r) AS key RETURN DISTINCT key ORDER BY key;
MATCH (a:Result)-[r]->(b:Concept) RETURN a.id AS start, b.id AS end, type(r) AS type, properties(r) AS properties

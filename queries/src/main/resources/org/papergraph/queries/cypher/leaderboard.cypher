// title: Leaderboard of a benchmark
// description: The results papers report on a benchmark (or a dataset or task) in their titles and abstracts:
//   absolute scores first, then gains, reductions and ratios, each kind by value, highest first; with the paper,
//   what obtained the result, the number as written with its unit, what it measures as written (measures) and the
//   quote that states it. metric keeps the results that measure that metric; the first 100, or as many as limit says.
// param: benchmark lookup = "GSM8K" -- The benchmark's (or dataset's or task's) id, name or any alias, in any case,
//   singular or plural, with or without hyphens.
// param: metric lookup = "" -- The metric's id, name or any alias; empty keeps results of any metric or none.
// param: limit integer = "100" -- How many results to list.
MATCH (:ConceptKey {key: $benchmark})-[:KEY_OF]->(:Concept)<-[:ON_BENCHMARK]-(r:Result)<-[:REPORTS]-(p:Paper)
WHERE $metric = '' OR EXISTS { (r)-[:MEASURES]->(:Concept)<-[:KEY_OF]-(:ConceptKey {key: $metric}) }
RETURN p.id AS paper, coalesce(p.title, '') AS title, coalesce(r.systemText, '') AS system, r.valueText AS value,
       coalesce(r.unit, '') AS unit, r.kind AS kind, coalesce(r.metricText, '') AS measures, r.quote AS quote
ORDER BY CASE r.kind WHEN 'absolute' THEN 0 WHEN 'gain' THEN 1 WHEN 'reduction' THEN 2 ELSE 3 END, r.value DESC,
         paper, r.field, r.start
LIMIT $limit

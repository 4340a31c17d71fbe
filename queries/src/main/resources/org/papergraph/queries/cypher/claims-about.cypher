// title: Results that name a concept
// description: Every result a paper reports that names a concept as what it is measured on (benchmark), what it
//   measures (metric), what obtained it (system) or what it is compared with (baseline), with that role; the
//   number as written with its unit and kind, the words of each part as written and the quote that states it; by
//   paper, then where the number stands; the first 100, or as many as limit says.
// param: concept lookup = "GSM8K" -- The concept's id, name or any alias, in any case, singular or plural, with or
//   without hyphens.
// param: limit integer = "100" -- How many rows to list.
MATCH (:ConceptKey {key: $concept})-[:KEY_OF]->(:Concept)
      <-[l:ON_BENCHMARK|MEASURES|OBTAINED_BY|COMPARED_WITH]-(r:Result)<-[:REPORTS]-(p:Paper)
RETURN p.id AS paper,
       CASE type(l) WHEN 'ON_BENCHMARK' THEN 'benchmark' WHEN 'MEASURES' THEN 'metric'
         WHEN 'OBTAINED_BY' THEN 'system' ELSE 'baseline' END AS role,
       r.valueText AS value, coalesce(r.unit, '') AS unit, r.kind AS kind, coalesce(r.metricText, '') AS metric,
       coalesce(r.benchmarkText, '') AS benchmark, coalesce(r.systemText, '') AS system,
       coalesce(r.baselineText, '') AS baseline, r.quote AS quote
ORDER BY paper, r.field, r.start, role
LIMIT $limit

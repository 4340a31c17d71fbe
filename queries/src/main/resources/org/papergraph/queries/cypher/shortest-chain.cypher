// title: Shortest chain of shared concepts between two papers
// description: The shortest chains paper > concept > paper > ... > paper from one paper to another in which
//   each step is a specific concept that both papers name and at most 500 papers name (one more widely named
//   says little and would link almost anything), up to 3 concepts long; all chains of the shortest length,
//   with hops the number of concepts in the chain. No row: no such chain.
// param: from lookup -- The first paper's id or title, in any case, with or without hyphens.
// param: to lookup -- The last paper's id or title, in any case, with or without hyphens.
MATCH (a:Paper)
WHERE a.idKey = $from OR a.titleKey = $from
MATCH (b:Paper)
WHERE b.idKey = $to OR b.titleKey = $to
WITH a, b
WHERE a <> b
MATCH path = allShortestPaths((a)-[:PROPOSES|USES|EVALUATES_ON|COMPARES|ADDRESSES|MENTIONS*..6]-(b))
WHERE all(n IN nodes(path) WHERE n:Paper OR (n.specific AND n.papers <= 500))
RETURN length(path) / 2 AS hops,
       reduce(s = '', n IN nodes(path) | s + CASE WHEN s = '' THEN '' ELSE ' > ' END + coalesce(n.title, n.name))
         AS chain
ORDER BY hops, chain

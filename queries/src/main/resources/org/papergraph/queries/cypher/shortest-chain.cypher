// title: Shortest chain of shared concepts between two papers
// description: The shortest chains paper > concept > paper > ... > paper from one paper to another in which
//   each step is a specific concept that both papers name and at most 500 papers name (one more widely named
//   says little and would link almost anything), up to 3 concepts long; all chains of the shortest length,
//   with hops the number of concepts in the chain. No row: no such chain.
// param: from string -- The first paper's id or title (any case).
// param: to string -- The last paper's id or title (any case).
MATCH (a:Paper)
WHERE a.idKey = toLower($from) OR (a.titleKey = left(toLower($from), 256) AND toLower(a.title) = toLower($from))
MATCH (b:Paper)
WHERE b.idKey = toLower($to) OR (b.titleKey = left(toLower($to), 256) AND toLower(b.title) = toLower($to))
WITH a, b
WHERE a <> b
MATCH path = allShortestPaths((a)-[:PROPOSES|USES|EVALUATES_ON|COMPARES|ADDRESSES|MENTIONS*..6]-(b))
WHERE all(n IN nodes(path) WHERE n:Paper OR (n.specific AND n.papers <= 500))
RETURN length(path) / 2 AS hops,
       reduce(s = '', n IN nodes(path) | s + CASE WHEN s = '' THEN '' ELSE ' > ' END + coalesce(n.title, n.name))
         AS chain
ORDER BY hops, chain

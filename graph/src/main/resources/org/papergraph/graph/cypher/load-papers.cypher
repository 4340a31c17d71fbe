// One row a paper: {id, title, date, year, doi, url, authors, categories}. The keys are what queries look a
// paper up by in any case; titleKey is cut to 256 characters so it always fits an index key (8 KB), and a
// query compares the whole title beside it.
UNWIND $rows AS row
MERGE (p:Paper {id: row.id})
SET p.title = row.title, p.date = row.date, p.year = row.year, p.doi = row.doi, p.url = row.url,
    p.authors = row.authors, p.categories = row.categories,
    p.idKey = toLower(row.id), p.titleKey = left(toLower(row.title), 256)

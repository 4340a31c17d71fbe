// One row a paper: {id, title, date, year, doi, url, authors, categories, idKey, titleKey}. The keys are the lookup
// keys (LookupKey) of its id and title, what queries look a paper up by; an untitled paper has no titleKey.
UNWIND $rows AS row
MERGE (p:Paper {id: row.id})
SET p.title = row.title, p.date = row.date, p.year = row.year, p.doi = row.doi, p.url = row.url,
    p.authors = row.authors, p.categories = row.categories, p.idKey = row.idKey, p.titleKey = row.titleKey

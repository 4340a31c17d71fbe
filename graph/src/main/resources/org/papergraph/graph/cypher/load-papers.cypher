// One row a paper: {id, title, date, year, doi, url, authors, categories}
UNWIND $rows AS row
MERGE (p:Paper {id: row.id})
SET p.title = row.title, p.date = row.date, p.year = row.year, p.doi = row.doi, p.url = row.url,
    p.authors = row.authors, p.categories = row.categories

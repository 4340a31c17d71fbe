// Removes, in bounded batches, every shared-concept link: before all papers rank theirs again.
MATCH (:Paper)-[s:SHARES_CONCEPT]->(:Paper)
WITH s LIMIT 10000
DELETE s
RETURN count(*) AS deleted

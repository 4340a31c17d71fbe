// Records the revision of the RDF store this graph holds (-1: a load is under way, so the next build loads all).
MERGE (s:PapergraphStore)
SET s.revision = $revision

// The revision of the RDF store this graph was loaded from; -1 while a load is under way, none before the first.
OPTIONAL MATCH (s:PapergraphStore)
RETURN s.revision AS revision

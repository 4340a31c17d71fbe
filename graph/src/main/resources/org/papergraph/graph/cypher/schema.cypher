// Constraints and indexes, created before any data so every MERGE below is an index lookup.
CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT concept_id IF NOT EXISTS FOR (c:Concept) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT result_id IF NOT EXISTS FOR (r:Result) REQUIRE r.id IS UNIQUE;
CREATE INDEX concept_name IF NOT EXISTS FOR (c:Concept) ON (c.name);
// A title can outgrow an index key (8 KB): papers are looked up by titleKey, a lookup key, which is bounded.
DROP INDEX paper_title IF EXISTS;
// Lookups by the lookup key of a paper's id or title, or of a concept's id, name or alias (the named queries'
// parameters). Concepts were keyed by idKey and nameKey properties before they had a key for each alias.
CREATE INDEX paper_id_key IF NOT EXISTS FOR (p:Paper) ON (p.idKey);
CREATE INDEX paper_title_key IF NOT EXISTS FOR (p:Paper) ON (p.titleKey);
CREATE INDEX concept_key IF NOT EXISTS FOR (k:ConceptKey) ON (k.key);
DROP INDEX concept_id_key IF EXISTS;
DROP INDEX concept_name_key IF EXISTS;
// top-concepts reads a type's concepts by paper count, emerging-concepts those one paper names by type and name,
// each in index order.
CREATE INDEX concept_type_papers IF NOT EXISTS FOR (c:Concept) ON (c.type, c.papers);
CREATE INDEX concept_papers_type_name IF NOT EXISTS FOR (c:Concept) ON (c.papers, c.type, c.name);

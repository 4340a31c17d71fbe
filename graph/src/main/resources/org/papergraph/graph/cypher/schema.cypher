// Constraints and indexes, created before any data so every MERGE below is an index lookup.
CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT concept_id IF NOT EXISTS FOR (c:Concept) REQUIRE c.id IS UNIQUE;
// Titles and names can outgrow what an index key holds (8 KB): the indexes are on bounded lower-case keys.
DROP INDEX paper_title IF EXISTS;
DROP INDEX concept_name IF EXISTS;
CREATE INDEX paper_title_key IF NOT EXISTS FOR (p:Paper) ON (p.titleKey);
CREATE INDEX concept_name_key IF NOT EXISTS FOR (c:Concept) ON (c.nameKey);

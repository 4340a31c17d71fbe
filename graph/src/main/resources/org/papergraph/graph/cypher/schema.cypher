// Constraints and indexes, created before any data so every MERGE below is an index lookup.
CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT concept_id IF NOT EXISTS FOR (c:Concept) REQUIRE c.id IS UNIQUE;
CREATE INDEX concept_name IF NOT EXISTS FOR (c:Concept) ON (c.name);
// A title can outgrow an index key (8 KB) and no query looks papers up by an index on it.
DROP INDEX paper_title IF EXISTS;

package org.papergraph.ontology.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ExtractionRule;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.Role;
import org.papergraph.ontology.OntologyFiles;

class PGTest {

    @Test
    void everyConstantIsDeclaredInTheOntologyAndEveryDeclaredTermHasAConstant() throws IllegalAccessException {
        Model ontology = OntologyFiles.ontology();
        Set<String> declared = new TreeSet<>();
        ontology.listSubjectsWithProperty(RDF.type).forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(PG.NS)) {
                declared.add(s.getURI());
            }
        });
        Set<String> constants = new TreeSet<>();
        for (Field f : PG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof Resource r && r.getURI().startsWith(PG.NS)) {
                assertEquals(PG.NS + f.getName(), r.getURI(), "constant named like its local name");
                constants.add(r.getURI());
            }
        }
        assertEquals(declared, constants);
    }

    @Test
    void idsOfAnyShapeGiveValidDistinctIris() {
        assertEquals("https://papergraph.org/id/paper/doi:10.1%2Fx%20y", PG.paper("doi:10.1/x y").getURI());
        assertEquals("https://papergraph.org/id/concept/title:ab12", PG.concept("title:ab12").getURI());
        assertEquals("https://papergraph.org/id/mention/p/method:a%2Fb/abstract-3-9",
                PG.mention("p", "method:a/b", new Mention(Mention.ABSTRACT, 3, 9, "x", ExtractionRule.LEXICON)).getURI());
        assertEquals("https://papergraph.org/id/extraction/p/c", PG.extraction("p", "c").getURI());
        for (String id : new String[] {"doi:10.1/x y", "..", ".", "a#b?c", "Ünïcode ✓", "50%", "<script>", "a\"b\\c"}) {
            String iri = PG.paper(id).getURI();
            IRIx parsed = IRIx.create(iri);
            assertTrue(parsed.isAbsolute() && !parsed.hasViolations(), iri);
            assertEquals(iri, parsed.resolve(iri).str(), "resolving (which drops dot segments) leaves " + iri);
        }
        assertNotEquals(PG.paper("a b").getURI(), PG.paper("a%20b").getURI());
        assertNotEquals(PG.extraction("a/b", "c").getURI(), PG.extraction("a", "b/c").getURI());
        assertThrows(IllegalArgumentException.class, () -> PG.paper(""));
    }

    @Test
    void conceptTypesAndRolesMapBothWays() {
        for (ConceptType type : ConceptType.values()) {
            assertEquals(PG.NS + type.label(), PG.typeClass(type).getURI());
            assertEquals(type, PG.conceptType(PG.typeClass(type)));
        }
        for (Role role : Role.values()) {
            assertEquals(role, PG.role(PG.roleProperty(role)));
        }
        assertEquals(PG.evaluatesOn, PG.roleProperty(Role.EVALUATES_ON));
        assertEquals(null, PG.conceptType(PG.Concept));
        assertEquals(null, PG.role(PG.relatesTo));
    }

    @Test
    void everyExtractionRuleIsDeclaredWithItsLabelAndMapsBack() {
        Model ontology = OntologyFiles.ontology();
        for (ExtractionRule rule : ExtractionRule.values()) {
            Resource iri = PG.rule(rule);
            assertTrue(ontology.contains(iri, RDF.type, PG.ExtractionRule), iri + " is not declared");
            assertEquals(rule.label(), ontology.getProperty(iri, RDFS.label).getString());
            assertTrue(ontology.contains(iri, RDFS.comment), iri + " has no description");
            assertEquals(rule, PG.ruleOf(iri));
        }
        assertEquals(ExtractionRule.values().length,
                ontology.listSubjectsWithProperty(RDF.type, PG.ExtractionRule).toList().size());
        assertEquals(null, PG.ruleOf(PG.concept("lexicon")));
    }
}

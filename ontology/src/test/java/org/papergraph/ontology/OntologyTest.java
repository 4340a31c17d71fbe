package org.papergraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.Role;
import org.papergraph.ontology.vocab.PG;

/** The ontology parses, has a header, and declares every term the shapes and the mapping use. */
class OntologyTest {
    private final Model ontology = OntologyFiles.ontology();

    @Test
    void hasAnOntologyHeader() {
        List<Resource> headers = ontology.listSubjectsWithProperty(RDF.type, OWL.Ontology).toList();
        assertEquals(1, headers.size());
        Resource header = headers.get(0);
        assertTrue(header.hasProperty(OWL.versionInfo));
        assertTrue(header.hasProperty(RDFS.label));
        assertTrue(header.hasProperty(RDFS.comment));
    }

    @Test
    void conceptTypesAreConceptsAndRolesAreRelations() {
        assertTrue(ontology.contains(PG.Concept, RDFS.subClassOf, SKOS.Concept));
        for (ConceptType type : ConceptType.values()) {
            assertTrue(ontology.contains(PG.typeClass(type), RDFS.subClassOf, PG.Concept), type.label());
        }
        for (Role role : Role.values()) {
            Resource p = PG.roleProperty(role);
            assertTrue(ontology.contains(p, RDFS.subPropertyOf, PG.relatesTo), role.label());
            assertTrue(ontology.contains(p, RDFS.domain, PG.Paper), role.label());
            assertTrue(ontology.contains(p, RDFS.range, PG.Concept), role.label());
        }
    }

    @Test
    void everyClassAndPropertyTheShapesUseIsDeclared() {
        Model shapes = OntologyFiles.shapes();
        Set<Resource> used = new HashSet<>();
        for (var p : List.of(SHACLM.targetClass, SHACLM.targetSubjectsOf, SHACLM.targetObjectsOf, SHACLM.class_,
                SHACLM.path, SHACLM.lessThanOrEquals)) {
            // A path may be a blank node (an inverse path): only named terms are declared.
            shapes.listObjectsOfProperty(p).filterKeep(RDFNode::isURIResource).forEach(o -> used.add(o.asResource()));
        }
        shapes.listObjectsOfProperty(SHACLM.in).forEach(list -> list.as(RDFList.class)
                .iterator().filterKeep(RDFNode::isURIResource).forEach(n -> used.add(n.asResource())));
        used.remove(RDF.type);
        assertTrue(used.size() > 20, "found the shapes' terms: " + used);
        assertEquals(Set.of(), undeclared(used));
    }

    @Test
    void everyClassAndPropertyTheMappingWritesIsDeclared() {
        Model data = Fixtures.unionModel();
        Set<Resource> used = new HashSet<>();
        for (Statement s : data.listStatements().toList()) {
            used.add(s.getPredicate());
            if (s.getPredicate().equals(RDF.type)) {
                used.add(s.getResource());
            }
        }
        used.removeAll(List.of(RDF.type, RDF.first, RDF.rest));
        assertEquals(Set.of(), undeclared(used));
    }

    private Set<String> undeclared(Set<Resource> terms) {
        Set<String> missing = new TreeSet<>();
        for (Resource term : terms) {
            if (!ontology.contains(term, RDF.type)) {
                missing.add(term.getURI());
            }
        }
        return missing;
    }
}

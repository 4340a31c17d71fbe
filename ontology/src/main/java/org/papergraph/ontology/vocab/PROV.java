package org.papergraph.ontology.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms papergraph uses; Jena ships no PROV vocabulary class. */
public final class PROV {
    /** The PROV-O namespace. */
    public static final String NS = "http://www.w3.org/ns/prov#";

    /** A thing with provenance; papergraph's extractions and mentions are entities. */
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");

    /** The subject was derived from the object; a mention was derived from its paper. */
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");

    private PROV() {
    }

    /** The namespace, as Jena's vocabulary classes give it. */
    public static String getURI() {
        return NS;
    }
}

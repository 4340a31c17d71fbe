package org.papergraph.ontology.store;

import java.util.Map;
import org.papergraph.extractor.model.Role;

/**
 * A paper's title and date and the role in which it names each concept, read from the store without mentions,
 * extractions or concept descriptions: what a summary of every paper needs.
 *
 * @param title empty if the paper has none
 * @param date  as the input gave it, or null
 * @param roles concept id to the paper's role for it
 */
public record PaperRoles(String paper, String title, String date, Map<String, Role> roles) {

    public PaperRoles {
        roles = Map.copyOf(roles);
    }
}

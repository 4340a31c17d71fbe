package org.papergraph.extractor.results;

import java.util.List;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.Role;

/**
 * What the result rules know of a paper beyond the sentence they read: the name of the method or model it proposes,
 * which obtains the results its authors claim without naming it ("it achieves", "our method improves").
 */
final class PaperContext {

    /** The paper's own system: where the first name it proposes stands (its title's name first), or null. */
    final TextSpan ownName;

    private PaperContext(TextSpan ownName) {
        this.ownName = ownName;
    }

    static PaperContext of(List<ConceptSpan> concepts, String title, String abstractText) {
        for (ConceptSpan c : concepts) {
            if (c.role() == Role.PROPOSES && c.specific()
                    && (c.type() == ConceptType.METHOD || c.type() == ConceptType.MODEL)) {
                String text = c.field().equals(org.papergraph.extractor.model.Mention.TITLE) ? title : abstractText;
                return new PaperContext(new TextSpan(c.field(), c.start(), c.end(), text.substring(c.start(), c.end())));
            }
        }
        return new PaperContext(null);
    }
}

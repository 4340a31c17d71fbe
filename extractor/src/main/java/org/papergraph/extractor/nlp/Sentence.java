package org.papergraph.extractor.nlp;

import java.util.List;
import org.papergraph.extractor.model.Mention;

/** One sentence of a paper's title or abstract, as the rules read it: its words and where it is. */
record Sentence(List<Tok> toks, String field, int index) {

    boolean inTitle() {
        return field.equals(Mention.TITLE);
    }
}

package org.papergraph.extractor.nlp;

import java.util.List;
import java.util.Map;

/** One family of extraction rules: what it finds in a sentence of a paper. */
interface CandidateRule {

    /**
     * @param defined the names the paper defines, by how it writes them; a rule that finds definitions adds to it
     */
    List<Candidate> find(Sentence sentence, Map<String, DefinedName> defined);
}

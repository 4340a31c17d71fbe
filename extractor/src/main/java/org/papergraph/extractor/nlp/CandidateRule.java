package org.papergraph.extractor.nlp;

import java.util.List;

/** One family of extraction rules: what it finds in a sentence of a paper. */
interface CandidateRule {

    /**
     * @param names what the paper says about its own names; a rule that finds definitions adds to it
     */
    List<Candidate> find(Sentence sentence, PaperNames names);
}

package org.papergraph.extractor.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.read.CorpusReader;

/** papergraph's lemmas are the ones CoreNLP's lemma annotator gives, token for token, the first time and when remembered. */
class LemmasIT {

    @Test
    void everyTokenOfTheExampleCorpusGetsTheLemmaAnnotatorsLemma() {
        Properties props = NlpPipeline.properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        StanfordCoreNLP withLemma = new StanfordCoreNLP(props);
        List<Paper> papers = CorpusReader.create().read(List.of("../examples/trending-papers.txt")).papers();
        StringBuilder text = new StringBuilder("They took_off the models; it was set_up and ran_away. Runs ran.\n");
        papers.forEach(p -> text.append(p.title()).append('\n').append(p.abstractText()).append('\n'));
        Annotation doc = new Annotation(text.toString());
        withLemma.annotate(doc);

        Lemmas lemmas = new Lemmas();
        int tokens = 0;
        int differentFromWord = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                    assertEquals(t.lemma(), lemmas.of(t.word(), t.tag()), t.word() + "/" + t.tag() + " (pass " + pass + ")");
                    tokens++;
                    differentFromWord += t.lemma().equals(t.word()) ? 0 : 1;
                }
            }
        }
        assertTrue(tokens > 40_000 && differentFromWord > 5_000, tokens + " tokens, " + differentFromWord + " lemmatised");
    }

    @Test
    void aPhrasalVerbAndAWordWithoutATagAreLemmatisedAsTheAnnotatorDoes() {
        assertEquals("take_off", new Lemmas().of("took_off", "VBD"));
        assertEquals("model", new Lemmas().of("models", ""));
    }
}

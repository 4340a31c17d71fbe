package org.papergraph.extractor.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.papergraph.extractor.HostileText;
import org.papergraph.extractor.model.Concept;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.model.PaperConcepts;

/**
 * Properties of extraction over generated hostile titles and abstracts, through the real CoreNLP
 * pipeline (one per JVM, shared) and the project's rules: extraction never throws, every mention's
 * offsets lie in its field and cover its text, concept names and ids are bounded. CoreNLP is slow,
 * so tries are few; a few papers per try also exercise the corpus-wide acronym resolution.
 */
class ExtractorPropertiesIT {

    private static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor(1);

    @Property(tries = 100)
    void extractionNeverThrowsAndMentionsPointAtTheirText(@ForAll("papers") List<Paper> papers) {
        List<PaperConcepts> result = EXTRACTOR.extract(papers);
        assertEquals(papers.size(), result.size());
        int concepts = 0;
        for (int i = 0; i < papers.size(); i++) {
            PaperConcepts pc = result.get(i);
            assertSame(papers.get(i), pc.paper());
            for (Concept c : pc.concepts()) {
                concepts++;
                assertFalse(c.id().isEmpty(), c.toString());
                assertTrue(c.id().length() <= ConceptIds.MAX_NAME_CHARS, "id of " + c.id().length() + " chars");
                assertTrue(c.name().length() <= ConceptIds.MAX_NAME_CHARS, "name of " + c.name().length() + " chars");
                assertFalse(c.mentions().isEmpty(), c.toString());
                for (Mention m : c.mentions()) {
                    String field = pc.paper().field(m.field());
                    assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= field.length(), m.toString());
                    assertTrue(m.end() <= RuleBasedExtractor.MAX_FIELD_CHARS, m.toString());
                    assertEquals(m.text(), field.substring(m.start(), m.end()), m.toString());
                }
            }
        }
        // The generated text mixes real phrases in, so that most tries have mentions to check.
        Statistics.label("concepts found").collect(concepts > 0).coverage(c -> c.check(true).percentage(p -> p > 30));
    }

    @Provide
    Arbitrary<List<Paper>> papers() {
        Arbitrary<String> title = HostileText.text(8, 1);
        Arbitrary<String> abstractText = HostileText.text(40, 2);
        return Combinators.combine(title, abstractText)
                .as((t, a) -> new Paper("gen", t, a, List.of(), null, null, null, List.of(), "gen:1"))
                .list().ofMinSize(1).ofMaxSize(3);
    }
}

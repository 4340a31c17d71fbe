package org.papergraph.extractor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.read.CorpusReader;

class SyntheticCorpusTest {

    static final List<Paper> SOURCE = CorpusReader.create().read(List.of("../examples/trending-papers.txt")).papers();
    static final Pattern NAME_SHAPED = Pattern.compile("\\b[A-Z][A-Za-z]*(?:[A-Z]|\\d)[A-Za-z0-9.-]*[A-Za-z0-9]\\b");

    @Test
    void theSameSeedGivesTheSamePapersAndAnotherSeedOthers() {
        List<Paper> a = SyntheticCorpus.from(SOURCE).seed(3).papers(50);
        assertEquals(a, SyntheticCorpus.from(SOURCE).seed(3).papers(50));
        assertNotEquals(a, SyntheticCorpus.from(SOURCE).seed(4).papers(50));
    }

    @Test
    void everyPaperHasItsOwnIdAndTitle() {
        List<Paper> papers = SyntheticCorpus.from(SOURCE).papers(5_000);
        assertEquals(5_000, papers.stream().map(Paper::id).distinct().count());
        // Titles are how readers merge duplicates: a repeated title would shrink the corpus.
        assertTrue(papers.stream().map(Paper::title).distinct().count() >= 4_990);
        papers.forEach(p -> assertTrue(p.abstractText().length() > 100, p.abstractText()));
    }

    @Test
    void distinctNamesKeepGrowingWithTheCorpus() {
        long source = names(SOURCE);
        long small = names(SyntheticCorpus.from(SOURCE).papers(1_000));
        long large = names(SyntheticCorpus.from(SOURCE).papers(10_000));
        assertTrue(small > source, small + " vs " + source);
        assertTrue(large > 2 * small, large + " vs " + small);
    }

    private static long names(List<Paper> papers) {
        Set<String> names = new HashSet<>();
        for (Paper p : papers) {
            Matcher m = NAME_SHAPED.matcher(p.title() + " " + p.abstractText());
            while (m.find()) {
                names.add(m.group());
            }
        }
        return names.size();
    }
}

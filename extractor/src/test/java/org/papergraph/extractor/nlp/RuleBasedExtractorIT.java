package org.papergraph.extractor.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.papergraph.extractor.model.Concept;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.model.PaperConcepts;
import org.papergraph.extractor.model.Role;
import org.papergraph.extractor.read.CorpusReader;

/** The real CoreNLP pipeline and the project's rules on the example corpus and on hard inputs. */
class RuleBasedExtractorIT {

    static List<PaperConcepts> corpus;
    static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor(2);

    @BeforeAll
    static void extractExampleCorpus() {
        List<Paper> papers = CorpusReader.create().read(List.of("../examples/trending-papers.txt")).papers();
        corpus = EXTRACTOR.extract(papers);
    }

    private static PaperConcepts paper(String titleStart) {
        return corpus.stream().filter(p -> p.paper().title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    private static Optional<Concept> concept(PaperConcepts p, String nameOrAlias) {
        return p.concepts().stream()
                .filter(c -> c.name().equalsIgnoreCase(nameOrAlias) || c.aliases().contains(nameOrAlias)).findFirst();
    }

    private static Paper paper(String id, String title, String abstractText) {
        return new Paper(id, title, abstractText, List.of(), null, null, null, List.of(), id + ":1");
    }

    @Test
    void noTwoConceptsOfTheExampleShareAName() {
        Map<String, Set<String>> idsByForm = new TreeMap<>();
        for (PaperConcepts p : corpus) {
            for (Concept c : p.concepts()) {
                List<String> forms = new ArrayList<>(c.aliases());
                forms.add(c.name());
                forms.forEach(f -> idsByForm.computeIfAbsent(f.toLowerCase(Locale.ROOT), k -> new TreeSet<>()).add(c.id()));
            }
        }
        idsByForm.values().removeIf(ids -> ids.size() < 2);
        assertEquals(Map.of(), idsByForm, "names or aliases shared by two concepts");
    }

    @Test
    void mcclIsProposedAndEvaluatedOnCoSod3kAndCoSal2015() {
        PaperConcepts mccl = paper("Memory-aided Contrastive Consensus Learning");
        Concept method = concept(mccl, "MCCL").orElseThrow();
        assertEquals("Memory-aided Contrastive Consensus Learning", method.name());
        assertEquals(Role.PROPOSES, method.role());
        for (String benchmark : List.of("CoSOD3k", "CoSal2015")) {
            Concept b = concept(mccl, benchmark).orElseThrow(() -> new AssertionError(benchmark + " not found"));
            assertTrue(b.type() == ConceptType.BENCHMARK || b.type() == ConceptType.DATASET, b.toString());
            assertEquals(Role.EVALUATES_ON, b.role());
            assertTrue(b.specific());
        }
        Concept task = concept(mccl, "CoSOD").orElseThrow();
        assertEquals(ConceptType.TASK, task.type());
        assertEquals(Role.ADDRESSES, task.role());
    }

    @Test
    void grpoResolvesToItsLongFormAcrossPapers() {
        List<Concept> grpo = corpus.stream().flatMap(p -> p.concepts().stream())
                .filter(c -> c.aliases().contains("GRPO") || c.name().equals("GRPO")).toList();
        assertTrue(grpo.size() >= 2, "GRPO is named in several papers of the example");
        assertTrue(grpo.stream().allMatch(c -> c.name().equals("Group Relative Policy Optimization")), grpo.toString());
        assertEquals(1, grpo.stream().map(Concept::id).distinct().count());
    }

    @Test
    void anAcronymDefinedInOnePaperLinksItsBareUseInAnother() {
        List<PaperConcepts> r = EXTRACTOR.extract(List.of(
                paper("a", "", "We introduce Sparse Mixture Routing (SMR), a routing scheme for experts. SMR is fast."),
                paper("b", "", "We compare against SMR on three translation benchmarks and find it brittle.")));
        Concept a = concept(r.get(0), "SMR").orElseThrow();
        Concept b = concept(r.get(1), "SMR").orElseThrow();
        assertEquals(a.id(), b.id());
        assertEquals("Sparse Mixture Routing", b.name());
        assertEquals(Role.PROPOSES, a.role());
    }

    @Test
    void mentionsPointAtTheirTextInTheField() {
        for (PaperConcepts p : corpus) {
            for (Concept c : p.concepts()) {
                assertFalse(c.mentions().isEmpty(), c.toString());
                for (Mention m : c.mentions()) {
                    assertEquals(m.text(), p.paper().field(m.field()).substring(m.start(), m.end()), c.toString());
                }
                assertTrue(c.confidence() > 0 && c.confidence() <= 1);
                assertNotNull(c.type());
            }
        }
    }

    @Test
    void genericWordsNeverBecomeConcepts() {
        List<String> generic = List.of("approach", "method", "framework", "model", "models", "data", "benchmarks",
                "experiments", "dataset");
        corpus.stream().flatMap(p -> p.concepts().stream())
                .forEach(c -> assertFalse(generic.contains(c.name().toLowerCase()), c.toString()));
    }

    @Test
    void runOnTextIsNoConceptWhateverRuleFindsIt() {
        String nameShaped = "A1" + "b".repeat(10_000);
        String longForm = "Very Long " + "Wordy".repeat(30) + " Routing";
        List<PaperConcepts> r = EXTRACTOR.extract(List.of(paper("r", "", "We propose " + nameShaped
                + ", evaluated on ImageNet. We introduce " + longForm + " (VLWR), and VLWR is fast."),
                paper("s", "", "We compare against VLWR on ImageNet.")));
        for (PaperConcepts p : r) {
            for (Concept c : p.concepts()) {
                assertTrue(c.id().length() <= ConceptIds.MAX_NAME_CHARS && c.name().length() <= ConceptIds.MAX_NAME_CHARS,
                        c.name().length() + " characters: " + c.id());
            }
            assertTrue(concept(p, "ImageNet").isPresent(), p.concepts().toString());
        }
    }

    @Test
    @Timeout(60) // CoreNLP's tokenizer alone took minutes over such a run
    void aLongRunWithoutSpacesCostsLittleAndHidesNothingAroundIt() {
        String run = "\u2051x\uE000".repeat(6_000);
        PaperConcepts p = EXTRACTOR.extract(List.of(paper("q", "", "We train on ImageNet " + run
                + " and evaluate on CIFAR-10.\u00a0Group\u00a0Relative Policy Optimization (GRPO) is used."))).get(0);
        assertTrue(concept(p, "ImageNet").isPresent(), p.concepts().toString());
        assertTrue(concept(p, "CIFAR-10").isPresent(), p.concepts().toString());
        Concept grpo = concept(p, "GRPO").orElseThrow(() -> new AssertionError(p.concepts().toString()));
        assertEquals("Group Relative Policy Optimization", grpo.name());
        assertTrue(grpo.mentions().stream().anyMatch(m -> m.text().equals("Group\u00a0Relative Policy Optimization")),
                grpo.mentions().toString());
    }

    @Test
    void latexUrlsEntitiesAndLongTextGiveNoGarbage() {
        String messy = "We propose $\\alpha$-Net \\cite{x} (see https://github.com/org/repo_name and www.example.org), "
                + "an approach \\_with\\_ &amp; &lt;tags&gt; \u2014 \u201cquoted\u201d \u2013 trained on ImageNet with "
                + "$O(n^2)$ cost; it reaches 93.4% accuracy and 12 3 45 on CIFAR-10. ";
        String huge = "The transformer model is trained with contrastive learning on many inputs, "
                .repeat(2000) + "and evaluated on ImageNet.";
        List<PaperConcepts> r = EXTRACTOR.extract(List.of(paper("m", "A $\\beta$ title", messy),
                paper("h", "", huge), paper("e", "", " ")));
        for (PaperConcepts p : r) {
            for (Concept c : p.concepts()) {
                String all = c.name() + " " + String.join(" ", c.aliases());
                assertFalse(all.matches(".*(https?:|www\\.|\\\\|\\$|&amp;|&lt;).*"), c.toString());
                assertFalse(c.name().matches("[\\d.,% ]+"), c.toString());
            }
        }
        assertTrue(concept(r.get(0), "ImageNet").isPresent());
        assertTrue(concept(r.get(0), "CIFAR-10").isPresent());
        assertTrue(concept(r.get(1), "contrastive learning").isPresent());
        assertTrue(r.get(2).concepts().isEmpty());
    }
}

package org.papergraph.ontology;

import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.papergraph.extractor.model.Concept;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ExtractionRule;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.model.PaperConcepts;
import org.papergraph.extractor.model.ResultKind;
import org.papergraph.extractor.model.ResultPart;
import org.papergraph.extractor.model.ResultRow;
import org.papergraph.extractor.model.Role;
import org.papergraph.ontology.mapping.PaperToRdf;

/** Two small papers sharing the concept BERT, with ids that need percent-encoding; the first reports two results. */
public final class Fixtures {
    public static final String PAPER_A = "doi:10.1/x y";
    public static final String PAPER_B = "title:ab12";

    private Fixtures() {
    }

    public static Concept bert(Role role) {
        return new Concept("model:bert", "BERT", ConceptType.MODEL,
                List.of("Bidirectional Encoder Representations from Transformers", "BERT"), role, 0.9, true,
                List.of(new Mention(Mention.TITLE, 25, 29, "BERT", ExtractionRule.LEXICON)));
    }

    public static PaperConcepts paperA() {
        Paper paper = new Paper(PAPER_A, "Contrastive learning for BERT",
                "We pretrain BERT with contrastive learning and evaluate on ImageNet. "
                        + "It reaches 85.30% top-1 accuracy on ImageNet, 1,000 times faster than BERT.",
                List.of("Ada Lovelace", "Alan Turing"), "2024-05-01", "10.1/x y", "https://example.org/a",
                List.of("cs.CL", "cs.LG"), "papers.jsonl:1");
        Concept contrastive = new Concept("method:contrastive learning", "contrastive learning", ConceptType.METHOD,
                List.of(), Role.PROPOSES, 0.75, false,
                List.of(new Mention(Mention.TITLE, 0, 20, "Contrastive learning", ExtractionRule.TYPED_PHRASE),
                        new Mention(Mention.ABSTRACT, 22, 42, "contrastive learning", ExtractionRule.TYPED_PHRASE)));
        Concept imagenet = new Concept("dataset:imagenet", "ImageNet", ConceptType.DATASET, List.of(),
                Role.EVALUATES_ON, 1.0, true, List.of(new Mention(Mention.ABSTRACT, 59, 67, "ImageNet", ExtractionRule.LEXICON)));
        return new PaperConcepts(paper, List.of(bert(Role.USES), contrastive, imagenet), List.of(accuracy(), speedUp()));
    }

    /** Paper A's absolute score on ImageNet, a concept of the paper, by a metric no concept names. */
    public static ResultRow accuracy() {
        return new ResultRow("85.30", "%", ResultKind.ABSOLUTE, new ResultPart("top-1 accuracy", null),
                new ResultPart("ImageNet", "dataset:imagenet"), ResultPart.NONE, ResultPart.NONE, Mention.ABSTRACT,
                80, 85, 69, 144, "85.30% top-1 accuracy on ImageNet", 80, 113);
    }

    /** Paper A's speed-up over BERT, written with a thousands separator. */
    public static ResultRow speedUp() {
        return new ResultRow("1,000", "times", ResultKind.RATIO, ResultPart.NONE, ResultPart.NONE, ResultPart.NONE,
                new ResultPart("BERT", "model:bert"), Mention.ABSTRACT, 115, 120, 69, 144,
                "1,000 times faster than BERT", 115, 143);
    }

    public static PaperConcepts paperB() {
        Paper paper = new Paper(PAPER_B, "Beating BERT on GLUE", "", List.of("Grace Hopper"), null, null, null,
                List.of(), "papers.jsonl:2");
        Concept glue = new Concept("benchmark:glue", "GLUE", ConceptType.BENCHMARK, List.of("GLUE benchmark"),
                Role.EVALUATES_ON, 0.8, true, List.of(new Mention(Mention.TITLE, 16, 20, "GLUE", ExtractionRule.LEXICON)));
        Concept bert = new Concept("model:bert", "BERT", ConceptType.MODEL, List.of(), Role.COMPARES, 0.6, true,
                List.of(new Mention(Mention.TITLE, 8, 12, "BERT", ExtractionRule.LEXICON)));
        return new PaperConcepts(paper, List.of(glue, bert));
    }

    /** An in-memory dataset holding both papers. */
    public static Dataset dataset() {
        Dataset dataset = DatasetFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> PaperToRdf.write(dataset, List.of(paperA(), paperB())));
        return dataset;
    }

    /** Both papers as one graph, as the union default graph shows them. */
    public static Model unionModel() {
        Dataset dataset = dataset();
        return Txn.calculateRead(dataset, () -> ModelFactory.createDefaultModel()
                .add(dataset.getUnionModel()));
    }
}

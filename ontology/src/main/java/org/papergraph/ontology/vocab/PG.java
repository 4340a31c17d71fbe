package org.papergraph.ontology.vocab;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ExtractionRule;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.ResultKind;
import org.papergraph.extractor.model.Role;

/**
 * The papergraph ontology ({@code papergraph.ttl}) as Jena constants, and the IRIs of papergraph's instances.
 * Every IRI papergraph writes comes from here or another vocabulary class, so a test can check this class against the
 * ontology in both directions.
 */
public final class PG {
    /** The ontology's namespace. */
    public static final String NS = "https://papergraph.org/ontology#";

    /** The namespace of instance IRIs: papers, concepts, extractions, mentions and named graphs. */
    public static final String ID = "https://papergraph.org/id/";

    // ---------------------------------------------------------------- classes

    /** A scientific paper; its description and extractions live in the named graph named by its IRI. */
    public static final Resource Paper = resource("Paper");
    /** Something papers name, shared across the corpus by its concept id. */
    public static final Resource Concept = resource("Concept");
    /** A technique or algorithm. */
    public static final Resource Method = resource("Method");
    /** A trained or named model or architecture. */
    public static final Resource Model = resource("Model");
    /** A collection of data used to train or test. */
    public static final Resource Dataset = resource("Dataset");
    /** A standard evaluation suite or leaderboard. */
    public static final Resource Benchmark = resource("Benchmark");
    /** A problem addressed. */
    public static final Resource Task = resource("Task");
    /** A measure of performance. */
    public static final Resource Metric = resource("Metric");
    /** What the extractor asserted about one concept in one paper: its confidence. */
    public static final Resource Extraction = resource("Extraction");
    /** One span of a paper's title or abstract that names a concept. */
    public static final Resource Mention = resource("Mention");
    /** A family of extraction rules, or the corpus-wide step that re-attributes a mention. */
    public static final Resource ExtractionRule = resource("ExtractionRule");
    /** One numeric performance claim of a paper's title or abstract, as a leaderboard would hold it. */
    public static final Resource Result = resource("Result");

    // ---------------------------------------------------------------- roles: paper -> concept

    /**
     * The paper names the concept in some role; super-property of the six roles, stated beside each role triple so
     * that a query after any role reads one index range instead of six.
     */
    public static final Property relatesTo = property("relatesTo");
    /** The paper introduces the concept. */
    public static final Property proposes = property("proposes");
    /** The paper builds on or applies the concept. */
    public static final Property uses = property("uses");
    /** The paper reports results on the concept. */
    public static final Property evaluatesOn = property("evaluatesOn");
    /** The paper compares against the concept as a baseline. */
    public static final Property compares = property("compares");
    /** The paper works on the concept (a task). */
    public static final Property addresses = property("addresses");
    /** The paper names the concept in no more specific role. */
    public static final Property mentions = property("mentions");

    // ---------------------------------------------------------------- extractions, mentions, descriptions

    /** The rule that found a mention, or the rules that found an extraction's mentions. */
    public static final Property foundBy = property("foundBy");
    /** The concept an extraction or mention is about. */
    public static final Property ofConcept = property("ofConcept");
    /** The paper an extraction or mention was taken from. */
    public static final Property inPaper = property("inPaper");
    /** The field the mention's offsets point into: {@code title} or {@code abstract}. */
    public static final Property field = property("field");
    /** The extractor's confidence in the concept and its role in the paper, in [0,1]. */
    public static final Property confidence = property("confidence");
    /** The paper's stable id, unencoded. */
    public static final Property paperId = property("paperId");
    /** The corpus-wide concept id, unencoded. */
    public static final Property conceptId = property("conceptId");
    /** True for a named artefact, false for a general class. */
    public static final Property specific = property("specific");
    /** Where the paper's input record was read, as {@code file:line}. */
    public static final Property sourceLocation = property("sourceLocation");
    /** The version of the extraction rules that found the paper's concepts. */
    public static final Property extractedWith = property("extractedWith");
    /** The author names in order, as an rdf:List of strings. */
    public static final Property authorList = property("authorList");
    /** How many write transactions have changed the store: what a graph loaded from it records it is loaded from. */
    public static final Property revision = property("revision");
    /** Which layout the store's triples follow, beside the revision in {@link #STORE_GRAPH}. */
    public static final Property layout = property("layout");
    /**
     * A lookup key ({@link org.papergraph.extractor.lookup.LookupKey}) of a paper's id or title, or of a concept's id,
     * name or alias.
     */
    public static final Property key = property("key");
    /** How many papers name the concept (its document frequency); kept in {@link #STATISTICS_GRAPH}. */
    public static final Property paperCount = property("paperCount");
    /** A {@link #paperCount} that some concept of the class has; kept in {@link #STATISTICS_GRAPH}. */
    public static final Property memberPaperCount = property("memberPaperCount");

    // ---------------------------------------------------------------- results

    /** The paper states the result. */
    public static final Property reports = property("reports");
    /** The result's number, without sign or unit, as an xsd:decimal. */
    public static final Property value = property("value");
    /** The result's number as the paper writes it. */
    public static final Property valueText = property("valueText");
    /** The unit as written after the number. */
    public static final Property unit = property("unit");
    /** {@code absolute}, {@code gain}, {@code reduction} or {@code ratio}: a {@link ResultKind}'s label. */
    public static final Property resultKind = property("resultKind");
    /** The concept the result's metric words name. */
    public static final Property measures = property("measures");
    /** The concept the words saying what the result is measured on name. */
    public static final Property onBenchmark = property("onBenchmark");
    /** The concept the words saying what obtained the result name. */
    public static final Property obtainedBy = property("obtainedBy");
    /** The concept the words naming a difference's baseline name. */
    public static final Property comparedWith = property("comparedWith");
    /** The words naming what the result measures. */
    public static final Property metricText = property("metricText");
    /** The words naming what the result is measured on. */
    public static final Property benchmarkText = property("benchmarkText");
    /** The words naming what obtained the result. */
    public static final Property systemText = property("systemText");
    /** The words naming what a difference is measured against. */
    public static final Property baselineText = property("baselineText");
    /** The selector of the shortest words that make the number a result. */
    public static final Property quoteSelector = property("quoteSelector");
    /** The selector of the sentence stating the result. */
    public static final Property sentenceSelector = property("sentenceSelector");

    // ---------------------------------------------------------------- named graphs and prefixes

    /** The named graph holding every concept's description (types, labels, id). */
    public static final Resource CONCEPTS_GRAPH = ResourceFactory.createResource(ID + "graph/concepts");
    /** The named graph describing the store itself: its revision. */
    public static final Resource STORE_GRAPH = ResourceFactory.createResource(ID + "graph/store");
    /**
     * The named graph holding each concept's {@link #paperCount} and each concept class's {@link #memberPaperCount}s,
     * kept exact by every write and removal.
     */
    public static final Resource STATISTICS_GRAPH = ResourceFactory.createResource(ID + "graph/statistics");
    /** The store, as the subject of its {@link #revision}. */
    public static final Resource STORE = ResourceFactory.createResource(ID + "store");

    /** The prefixes papergraph writes with: pg and the standard vocabularies it uses. Read-only. */
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("pg", NS)
            .setNsPrefix("rdf", RDF.uri)
            .setNsPrefix("rdfs", RDFS.uri)
            .setNsPrefix("owl", OWL.NS)
            .setNsPrefix("xsd", XSD.NS)
            .setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("dcterms", DCTerms.NS)
            .setNsPrefix("schema", SchemaDO.NS)
            .setNsPrefix("oa", OA.NS)
            .setNsPrefix("prov", PROV.NS)
            .lock();

    private PG() {
    }

    /** The namespace, as Jena's vocabulary classes give it. */
    public static String getURI() {
        return NS;
    }

    // ---------------------------------------------------------------- instance IRIs

    /** {@code https://papergraph.org/id/paper/{id}}: the paper, and the name of its named graph. */
    public static Resource paper(String paperId) {
        return id("paper/" + segment(paperId));
    }

    /** {@code https://papergraph.org/id/concept/{conceptId}}. */
    public static Resource concept(String conceptId) {
        return id("concept/" + segment(conceptId));
    }

    /** The paper id a paper IRI holds: the reverse of {@link #paper(String)}. */
    public static String paperIdOf(Node paper) {
        return idOf(paper, "paper/");
    }

    /** The concept id a concept IRI holds: the reverse of {@link #concept(String)}. */
    public static String conceptIdOf(Node concept) {
        return idOf(concept, "concept/");
    }

    private static String idOf(Node iri, String kind) {
        String prefix = ID + kind;
        if (!iri.isURI() || !iri.getURI().startsWith(prefix)) {
            throw new IllegalArgumentException("not a " + kind.substring(0, kind.length() - 1) + " IRI: " + iri);
        }
        // segment() encodes '+' too, so decoding cannot turn one into a space.
        return URLDecoder.decode(iri.getURI().substring(prefix.length()), StandardCharsets.UTF_8);
    }

    /** {@code https://papergraph.org/id/extraction/{paperId}/{conceptId}}: one concept as one paper names it. */
    public static Resource extraction(String paperId, String conceptId) {
        return id("extraction/" + segment(paperId) + "/" + segment(conceptId));
    }

    /** {@code https://papergraph.org/id/mention/{paperId}/{conceptId}/{field}-{start}-{end}}. */
    public static Resource mention(String paperId, String conceptId, Mention mention) {
        return id("mention/" + segment(paperId) + "/" + segment(conceptId) + "/"
                + segment(mention.field()) + "-" + mention.start() + "-" + mention.end());
    }

    /**
     * {@code https://papergraph.org/id/result/{paperId}/{field}-{start}-{end}}: the result whose number is at these
     * offsets of the paper's field (a number is one result).
     */
    public static Resource result(String paperId, String field, int start, int end) {
        return id("result/" + segment(paperId) + "/" + segment(field) + "-" + start + "-" + end);
    }

    /** An extraction rule, declared with its label and description in the ontology. */
    public static Resource rule(ExtractionRule rule) {
        return id("rule/" + rule.label());
    }

    /** The extraction rule of an IRI {@link #rule} made, or null. */
    public static ExtractionRule ruleOf(Resource iri) {
        String prefix = ID + "rule/";
        if (!iri.isURIResource() || !iri.getURI().startsWith(prefix)) {
            return null;
        }
        String label = iri.getURI().substring(prefix.length());
        // The enum, not the PG constant of the same name.
        return Arrays.stream(org.papergraph.extractor.model.ExtractionRule.values())
                .filter(r -> r.label().equals(label)).findFirst().orElse(null);
    }

    /** The selector of a mention, or of a result's number: its IRI with fragment {@code #selector}. */
    public static Resource selector(Resource mentionOrResult) {
        return ResourceFactory.createResource(mentionOrResult.getURI() + "#selector");
    }

    /** The selector of a result's quote: the result IRI with fragment {@code #quote}. */
    public static Resource quote(Resource result) {
        return ResourceFactory.createResource(result.getURI() + "#quote");
    }

    /** The selector of a result's sentence: the result IRI with fragment {@code #sentence}. */
    public static Resource sentence(Resource result) {
        return ResourceFactory.createResource(result.getURI() + "#sentence");
    }

    // ---------------------------------------------------------------- model enums <-> terms

    /** The class of a concept type: {@code METHOD -> pg:Method}... */
    public static Resource typeClass(ConceptType type) {
        return switch (type) {
            case METHOD -> Method;
            case MODEL -> Model;
            case DATASET -> Dataset;
            case BENCHMARK -> Benchmark;
            case TASK -> Task;
            case METRIC -> Metric;
        };
    }

    /** The concept type of a class, or null if it is none of the six. */
    public static ConceptType conceptType(Resource typeClass) {
        for (ConceptType type : ConceptType.values()) {
            if (typeClass(type).equals(typeClass)) {
                return type;
            }
        }
        return null;
    }

    /** The property of a role: {@code EVALUATES_ON -> pg:evaluatesOn}... */
    public static Property roleProperty(Role role) {
        return switch (role) {
            case PROPOSES -> proposes;
            case USES -> uses;
            case EVALUATES_ON -> evaluatesOn;
            case COMPARES -> compares;
            case ADDRESSES -> addresses;
            case MENTIONS -> mentions;
        };
    }

    /** The role of a property, or null if it is none of the six role properties. */
    public static Role role(Property property) {
        for (Role role : Role.values()) {
            if (roleProperty(role).equals(property)) {
                return role;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- helpers

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }

    private static Resource id(String path) {
        return ResourceFactory.createResource(ID + path);
    }

    /**
     * An id as one IRI path segment: UTF-8 bytes other than unreserved characters and {@code :} are percent-encoded,
     * so any id ({@code doi:10.1/x y}) gives a valid IRI and different ids give different IRIs. A segment of only dots
     * is encoded whole, since {@code .} and {@code ..} are removed when IRIs are normalised.
     */
    static String segment(String id) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("an id must not be empty");
        }
        boolean onlyDots = id.chars().allMatch(c -> c == '.');
        StringBuilder sb = new StringBuilder();
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '~' || c == ':' || (c == '.' && !onlyDots);
            if (keep) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }
}

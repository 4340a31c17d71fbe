package org.papergraph.extractor;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.papergraph.extractor.model.Concept;
import org.papergraph.extractor.model.ExtractionRule;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.PaperConcepts;
import org.papergraph.extractor.model.ResultPart;
import org.papergraph.extractor.model.ResultRow;

/**
 * Writes extraction results as JSON Lines, one paper a line: papergraph's public extract format
 * (documented in the README; other tools read it, so fields are only ever added).
 */
public final class ExtractionWriter implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonGenerator gen;

    public ExtractionWriter(OutputStream out) {
        try {
            this.gen = JSON.getFactory().createGenerator(out);
            gen.setRootValueSeparator(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The papers as this writer writes them, in one string. */
    public static String toJsonl(Collection<PaperConcepts> papers) {
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        try (ExtractionWriter writer = new ExtractionWriter(jsonl)) {
            papers.forEach(writer::write);
        }
        return jsonl.toString(StandardCharsets.UTF_8);
    }

    public void write(PaperConcepts pc) {
        try {
            gen.writeStartObject();
            gen.writeStringField("id", pc.paper().id());
            gen.writeStringField("title", pc.paper().title());
            gen.writeArrayFieldStart("concepts");
            for (Concept c : pc.concepts()) {
                gen.writeStartObject();
                gen.writeStringField("id", c.id());
                gen.writeStringField("name", c.name());
                gen.writeStringField("type", c.type().label());
                gen.writeArrayFieldStart("aliases");
                for (String a : c.aliases()) {
                    gen.writeString(a);
                }
                gen.writeEndArray();
                gen.writeStringField("role", c.role().label());
                gen.writeNumberField("confidence", c.confidence());
                gen.writeBooleanField("specific", c.specific());
                gen.writeArrayFieldStart("foundBy");
                for (ExtractionRule rule : c.foundBy()) {
                    gen.writeString(rule.label());
                }
                gen.writeEndArray();
                gen.writeArrayFieldStart("mentions");
                for (Mention m : c.mentions()) {
                    gen.writeStartObject();
                    gen.writeStringField("field", m.field());
                    gen.writeNumberField("start", m.start());
                    gen.writeNumberField("end", m.end());
                    gen.writeStringField("text", m.text());
                    gen.writeStringField("rule", m.rule().label());
                    gen.writeEndObject();
                }
                gen.writeEndArray();
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("results");
            for (ResultRow r : pc.results()) {
                writeResult(r);
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeResult(ResultRow r) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("value", r.value());
        gen.writeStringField("unit", r.unit());
        gen.writeStringField("kind", r.kind().label());
        // The parts as written, as the reference scorer reads them; the concepts they name beside them.
        gen.writeStringField("metric", r.metric().text());
        gen.writeStringField("benchmark", r.benchmark().text());
        gen.writeStringField("system", r.system().text());
        gen.writeStringField("baseline", r.baseline().text());
        writeConcept("metricConcept", r.metric());
        writeConcept("benchmarkConcept", r.benchmark());
        writeConcept("systemConcept", r.system());
        writeConcept("baselineConcept", r.baseline());
        gen.writeStringField("quote", r.quote());
        gen.writeStringField("field", r.field());
        gen.writeNumberField("start", r.start());
        gen.writeNumberField("end", r.end());
        gen.writeNumberField("sentenceStart", r.sentenceStart());
        gen.writeNumberField("sentenceEnd", r.sentenceEnd());
        gen.writeNumberField("quoteStart", r.quoteStart());
        gen.writeNumberField("quoteEnd", r.quoteEnd());
        gen.writeEndObject();
    }

    private void writeConcept(String name, ResultPart part) throws IOException {
        if (part.conceptId() == null) {
            gen.writeNullField(name);
        } else {
            gen.writeStringField(name, part.conceptId());
        }
    }

    @Override
    public void close() {
        try {
            gen.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

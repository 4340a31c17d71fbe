package org.papergraph.extractor.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.papergraph.extractor.model.Paper;

/**
 * Reads papers from files or standard input ({@code -}), detecting each input's format, and merges
 * the same paper met twice (same id, or same normalised title). Problems are reported as
 * {@code file:line: reason} and counted; reading goes on with the next record or file.
 *
 * <pre>{@code
 * CorpusReader.Result r = CorpusReader.create().onProblem(System.err::println).read(List.of("papers.jsonl"));
 * }</pre>
 */
public final class CorpusReader {

    private static final int HEAD_BYTES = 8192;

    private String format;
    private Consumer<String> onProblem = m -> { };
    private InputStream stdin = System.in;

    /** What was read: papers in input order, merged, and what went wrong. */
    public record Result(List<Paper> papers, int skipped, int duplicates, List<String> problems) {
    }

    private CorpusReader() {
    }

    public static CorpusReader create() {
        return new CorpusReader();
    }

    /** Read every input in this format instead of detecting it; null detects. */
    public CorpusReader format(String format) {
        this.format = format;
        return this;
    }

    /** Where problem messages go as they happen (they are also in the result). */
    public CorpusReader onProblem(Consumer<String> onProblem) {
        this.onProblem = onProblem;
        return this;
    }

    /** The stream {@code -} reads; standard input by default. */
    public CorpusReader stdin(InputStream stdin) {
        this.stdin = stdin;
        return this;
    }

    public Result read(List<String> inputs) {
        PaperReader forced = format == null ? null : Readers.byFormat(format);
        Collector collector = new Collector();
        for (String input : inputs) {
            String name = "-".equals(input) ? "<stdin>" : input;
            try (LineInput in = new LineInput(open(input), name)) {
                PaperReader reader = forced != null ? forced : Readers.detect(in.head(HEAD_BYTES)).orElse(null);
                if (reader == null) {
                    collector.problem(name, "unknown format (known: " + Readers.formats()
                            + "); give one with --format; file skipped");
                    continue;
                }
                reader.read(in, collector);
            } catch (NoSuchFileException e) {
                collector.problem(name, "no such file; skipped");
            } catch (IOException e) {
                collector.problem(name, "cannot read (" + e.getMessage() + "); skipped");
            }
        }
        return new Result(List.copyOf(collector.papers.values()), collector.skipped, collector.duplicates,
                List.copyOf(collector.problems));
    }

    private InputStream open(String input) throws IOException {
        if ("-".equals(input)) {
            return new NonClosing(stdin);
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            throw new IOException("is a directory");
        }
        return Files.newInputStream(path);
    }

    /** Keeps papers in order, merging repeats, and counts problems. */
    private final class Collector implements ReadListener {
        final Map<String, Paper> papers = new LinkedHashMap<>();
        final Map<String, String> idByTitle = new LinkedHashMap<>();
        final List<String> problems = new ArrayList<>();
        int skipped;
        int duplicates;

        @Override
        public void paper(Paper paper) {
            if (paper.abstractText().isBlank()) {
                problem(paper.source(), "paper " + MessageText.quote(paper.title()) + " has no abstract; skipped");
                return;
            }
            String titleKey = PaperIds.normaliseTitle(paper.title());
            boolean sameId = papers.containsKey(paper.id());
            String existing = sameId ? paper.id() : titleKey.isEmpty() ? null : idByTitle.get(titleKey);
            if (existing != null) {
                duplicates++;
                Paper kept = papers.get(existing);
                warning(paper.source(), "same paper as " + kept.source() + " ("
                        + (sameId ? "same id " + MessageText.quote(existing) : "same title") + "), "
                        + contentComparison(kept, paper) + "; kept " + kept.source() + " (the first), dropped "
                        + paper.source());
                return;
            }
            papers.put(paper.id(), paper);
            if (!titleKey.isEmpty()) {
                idByTitle.put(titleKey, paper.id());
            }
        }

        @Override
        public void problem(String where, String reason) {
            skipped++;
            warn(where + ": " + reason);
        }

        @Override
        public void warning(String where, String message) {
            warn(where + ": " + message);
        }

        private void warn(String message) {
            // Parser messages quote the input: whatever it holds must not reach a terminal as is.
            String printable = MessageText.printable(message);
            problems.add(printable);
            onProblem.accept(printable);
        }
    }

    /** Whether dropping one of two copies of a paper loses anything extraction would see. */
    private static String contentComparison(Paper kept, Paper dropped) {
        boolean title = kept.title().equals(dropped.title());
        boolean abstractText = kept.abstractText().equals(dropped.abstractText());
        if (title && abstractText) {
            return "same title and abstract";
        }
        return "different content (" + (title ? "abstract differs" : abstractText ? "title differs"
                : "title and abstract differ") + ")";
    }

    /** Standard input stays open for whoever owns it. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}

package org.papergraph.extractor.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
 *
 * A corpus too large to hold is read with {@link #read(List, Consumer)}, which hands on each paper as it is read.
 */
public final class CorpusReader {

    private static final int HEAD_BYTES = 8192;

    private String format;
    private Consumer<String> onProblem = m -> { };
    private InputStream stdin = System.in;

    /** What was read: papers in input order, merged, and what went wrong. */
    public record Result(List<Paper> papers, int skipped, int duplicates, List<String> problems) {
    }

    /** What was read, without the papers: how many were handed on, and what went wrong. */
    public record Summary(int papers, int skipped, int duplicates, List<String> problems) {
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
        List<Paper> papers = new ArrayList<>();
        Summary summary = read(inputs, papers::add);
        return new Result(List.copyOf(papers), summary.skipped(), summary.duplicates(), summary.problems());
    }

    /**
     * Reads {@code inputs}, handing each paper that is kept (the first copy of each, with an abstract) to
     * {@code sink} as soon as it is read, in input order. Only what tells a later copy apart is remembered of
     * each paper, not the paper. What the sink throws ends the read.
     */
    public Summary read(List<String> inputs, Consumer<Paper> sink) {
        PaperReader forced = format == null ? null : Readers.byFormat(format);
        Collector collector = new Collector(sink);
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
        return new Summary(collector.papers, collector.skipped, collector.duplicates, List.copyOf(collector.problems));
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

    /** Hands on the first copy of each paper, warns of repeats, and counts problems. */
    private final class Collector implements ReadListener {
        final Consumer<Paper> sink;
        final Map<String, KeptCopy> keptById = new HashMap<>();
        /** By the digest of the normalised title, which identifies it in 16 bytes however long it is. */
        final Map<TextDigest, String> idByTitle = new HashMap<>();
        final List<String> problems = new ArrayList<>();
        int papers;
        int skipped;
        int duplicates;

        Collector(Consumer<Paper> sink) {
            this.sink = sink;
        }

        @Override
        public void paper(Paper paper) {
            if (paper.abstractText().isBlank()) {
                problem(paper.source(), "paper " + MessageText.quote(paper.title()) + " has no abstract; skipped");
                return;
            }
            String titleKey = PaperIds.normaliseTitle(paper.title());
            TextDigest title = titleKey.isEmpty() ? null : TextDigest.of(titleKey);
            boolean sameId = keptById.containsKey(paper.id());
            String existing = sameId ? paper.id() : title == null ? null : idByTitle.get(title);
            if (existing != null) {
                duplicates++;
                KeptCopy kept = keptById.get(existing);
                warning(paper.source(), "same paper as " + kept.source() + " ("
                        + (sameId ? "same id " + MessageText.quote(existing) : "same title") + "), "
                        + kept.comparedWith(paper) + "; kept " + kept.source() + " (the first), dropped "
                        + paper.source());
                return;
            }
            keptById.put(paper.id(), KeptCopy.of(paper));
            if (title != null) {
                idByTitle.put(title, paper.id());
            }
            papers++;
            sink.accept(paper);
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

    /** What a duplicate's warning needs of the copy that was kept: where it is, and digests of what extraction reads. */
    private record KeptCopy(String source, TextDigest title, TextDigest abstractText) {

        static KeptCopy of(Paper paper) {
            return new KeptCopy(paper.source(), TextDigest.of(paper.title()), TextDigest.of(paper.abstractText()));
        }

        /** Whether dropping {@code dropped} for this copy loses anything extraction would see. */
        String comparedWith(Paper dropped) {
            boolean sameTitle = title.equals(TextDigest.of(dropped.title()));
            boolean sameAbstract = abstractText.equals(TextDigest.of(dropped.abstractText()));
            if (sameTitle && sameAbstract) {
                return "same title and abstract";
            }
            return "different content (" + (sameTitle ? "abstract differs" : sameAbstract ? "title differs"
                    : "title and abstract differ") + ")";
        }
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

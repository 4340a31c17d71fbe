package org.papergraph.extractor.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.papergraph.extractor.model.Paper;

/**
 * Reads papers from files, folders (every file under them but hidden ones, in path order) or standard input
 * ({@code -}), detecting each file's format, and merges the same paper met twice, in one format or two: same id,
 * else same DOI, else same arXiv id, else same normalised title. Problems are reported as {@code file:line: reason}
 * and counted; reading goes on with the next record or file.
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

    /**
     * What was read: papers in input order, merged, and what went wrong; {@code formats} counts the files read in
     * each format, in {@link Readers}' order.
     */
    public record Result(List<Paper> papers, int skipped, int duplicates, List<String> problems,
                         Map<String, Integer> formats) {
    }

    /** What was read, without the papers: how many were handed on, what went wrong, the files of each format. */
    public record Summary(int papers, int skipped, int duplicates, List<String> problems,
                          Map<String, Integer> formats) {
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
        return new Result(List.copyOf(papers), summary.skipped(), summary.duplicates(), summary.problems(),
                summary.formats());
    }

    /**
     * Reads {@code inputs}, handing each paper that is kept (the first copy of each, with an abstract) to
     * {@code sink} as soon as it is read, in input order. Only what tells a later copy apart is remembered of
     * each paper, not the paper. What the sink throws ends the read.
     */
    public Summary read(List<String> inputs, Consumer<Paper> sink) {
        PaperReader forced = format == null ? null : Readers.byFormat(format);
        Collector collector = new Collector(sink);
        Map<String, Integer> filesByFormat = new HashMap<>();
        for (String input : inputs) {
            for (String file : files(input, collector)) {
                String name = "-".equals(file) ? "<stdin>" : file;
                try (LineInput in = new LineInput(open(file), name)) {
                    PaperReader reader = forced != null ? forced : Readers.detect(in.head(HEAD_BYTES)).orElse(null);
                    if (reader == null) {
                        collector.problem(name, "unknown format (known: " + Readers.formats()
                                + "); give one with --format; file skipped");
                        continue;
                    }
                    filesByFormat.merge(reader.format(), 1, Integer::sum);
                    reader.read(in, collector);
                } catch (NoSuchFileException e) {
                    collector.problem(name, "no such file; skipped");
                } catch (IOException e) {
                    collector.problem(name, "cannot read (" + e.getMessage() + "); skipped");
                }
            }
        }
        Map<String, Integer> formats = new LinkedHashMap<>();
        Readers.all().forEach(r -> {
            if (filesByFormat.containsKey(r.format())) {
                formats.put(r.format(), filesByFormat.get(r.format()));
            }
        });
        return new Summary(collector.papers, collector.skipped, collector.duplicates, List.copyOf(collector.problems),
                Collections.unmodifiableMap(formats));
    }

    /**
     * The files {@code input} names: itself, or for a folder every regular file under it in path order, links
     * followed, hidden files and folders (a name starting with a dot) left out. A folder that cannot be listed, or
     * holds no file, is a problem of its own.
     */
    private static List<String> files(String input, ReadListener listener) {
        if ("-".equals(input) || !Files.isDirectory(Path.of(input))) {
            return List.of(input);
        }
        Path root = Path.of(input);
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!hidden(file) && attrs.isRegularFile()) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            listener.problem(file.toString(), "cannot read (" + (e instanceof FileSystemLoopException
                                    ? "a link back up the folder tree" : e instanceof AccessDeniedException
                                    ? "permission denied" : e.getMessage()) + "); skipped");
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            listener.problem(input, "cannot read the folder (" + e.getMessage() + "); skipped");
            return List.of();
        }
        if (found.isEmpty()) {
            listener.problem(input, "a folder without files to read; skipped");
        }
        return found.stream().sorted().map(Path::toString).toList();
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private InputStream open(String input) throws IOException {
        if ("-".equals(input)) {
            return new NonClosing(stdin);
        }
        return Files.newInputStream(Path.of(input));
    }

    /**
     * Hands on the first copy of each paper, warns of repeats, and counts problems. A later copy is the same paper
     * when it has the id, DOI, arXiv id or normalised title of a kept one, or of a copy merged into it before.
     */
    private final class Collector implements ReadListener {
        final Consumer<Paper> sink;
        final Map<String, KeptCopy> keptById = new HashMap<>();
        final Map<String, String> idByDoi = new HashMap<>();
        final Map<String, String> idByArxivId = new HashMap<>();
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
            String doi = PaperIds.doiKey(paper.id(), paper.doi());
            String arxiv = PaperIds.arxivKey(paper.id(), paper.doi(), paper.url());
            String existing;
            String same;
            if (keptById.containsKey(paper.id())) {
                existing = paper.id();
                same = "same id " + MessageText.quote(existing);
            } else if (doi != null && idByDoi.containsKey(doi)) {
                existing = idByDoi.get(doi);
                same = "same DOI " + MessageText.quote(doi);
            } else if (arxiv != null && idByArxivId.containsKey(arxiv)) {
                existing = idByArxivId.get(arxiv);
                same = "same arXiv id " + MessageText.quote(arxiv);
            } else {
                existing = title == null ? null : idByTitle.get(title);
                same = "same title";
            }
            String id = existing != null ? existing : paper.id();
            // A copy merged into a paper lends it the keys it adds: a PDF's title, a BibTeX entry's DOI.
            if (doi != null) {
                idByDoi.putIfAbsent(doi, id);
            }
            if (arxiv != null) {
                idByArxivId.putIfAbsent(arxiv, id);
            }
            if (title != null) {
                idByTitle.putIfAbsent(title, id);
            }
            if (existing != null) {
                duplicates++;
                KeptCopy kept = keptById.get(existing);
                warning(paper.source(), "same paper as " + kept.source() + " (" + same + "), "
                        + kept.comparedWith(paper) + "; kept " + kept.source() + " (the first), dropped "
                        + paper.source());
                return;
            }
            keptById.put(paper.id(), KeptCopy.of(paper));
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

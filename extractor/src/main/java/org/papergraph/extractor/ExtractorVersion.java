package org.papergraph.extractor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Which extractor found a paper's concepts: a digest of the extraction rules' code and data files. A store records it
 * with each paper, so a build with changed rules extracts its papers again instead of keeping what older rules found,
 * while a build with the same rules skips them.
 */
public final class ExtractorVersion {

    /** What decides the concepts and results found: the rule classes, the rule data files and the lexicon. */
    private static final List<String> PARTS = List.of("org/papergraph/extractor/nlp/",
            "org/papergraph/extractor/results/", "org/papergraph/extractor/rules/", "org/papergraph/extractor/lexicon/");

    private static final String CURRENT = compute();

    private ExtractorVersion() {
    }

    /** The running extractor's version: {@code rules-} and 16 hex digits. */
    public static String current() {
        return CURRENT;
    }

    private static String compute() {
        try {
            Path location = Path.of(ExtractorVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            TreeMap<String, byte[]> files = Files.isDirectory(location) ? fromDirectory(location) : fromJar(location);
            if (files.isEmpty()) {
                throw new IllegalStateException("no extraction rules found in " + location);
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((name, bytes) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update(bytes);
            });
            return "rules-" + HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (URISyntaxException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot tell the extractor's version", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tell the extractor's version", e);
        }
    }

    private static TreeMap<String, byte[]> fromDirectory(Path classes) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        for (String part : PARTS) {
            Path dir = classes.resolve(part);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> paths = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).forEach(paths::add);
            }
            for (Path p : paths) {
                files.put(classes.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static TreeMap<String, byte[]> fromJar(Path jar) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry e : file.stream().toList()) {
                if (!e.isDirectory() && PARTS.stream().anyMatch(e.getName()::startsWith)) {
                    try (InputStream in = file.getInputStream(e)) {
                        files.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return files;
    }
}

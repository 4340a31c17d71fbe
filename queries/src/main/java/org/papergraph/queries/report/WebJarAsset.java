package org.papergraph.queries.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * A file of an npm WebJar on the classpath ({@code META-INF/resources/webjars/NAME/VERSION/PATH}), found through
 * the version in the jar's {@code pom.properties}, so that upgrading the dependency needs no change here.
 */
record WebJarAsset(String artifact, String path) {

    String version() {
        String properties = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        Properties p = new Properties();
        try (InputStream in = open(properties)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + properties, e);
        }
        return p.getProperty("version");
    }

    /** The file's text. */
    String read() {
        String resource = "META-INF/resources/webjars/" + artifact + "/" + version() + "/" + path;
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = WebJarAsset.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the classpath: the report's scripts come from "
                    + "the WebJars papergraph-queries depends on");
        }
        return in;
    }
}

package org.papergraph.queries.export;

import java.util.List;
import java.util.Map;

/**
 * The colour of a node in the graph files, by its label: papers one colour, each concept type its own, results one.
 * They are the colours of papergraph's Neo4j Browser style ({@code papergraph.grass}), so the graph looks the same in
 * Gephi or Cytoscape as in the Browser.
 */
final class NodeColours {

    /** Colour as 0xRRGGBB, by Neo4j label; the first label of a node found here gives its colour. */
    private static final Map<String, Integer> BY_LABEL = Map.of(
            "Paper", 0x4C8EDA,
            "Method", 0xF79767,
            "Model", 0xC990C0,
            "Dataset", 0x57C7E3,
            "Benchmark", 0xF16667,
            "Task", 0xFFC454,
            "Metric", 0x8DCC93,
            "Result", 0xDA7194);

    /** A concept of no known type, and any other node. */
    private static final int OTHER = 0xA5ABB6;

    private NodeColours() {
    }

    /** The colour of a node with these labels, as 0xRRGGBB. */
    static int of(List<String> labels) {
        return labels.stream().filter(BY_LABEL::containsKey).findFirst().map(BY_LABEL::get).orElse(OTHER);
    }

    /** The colour as {@code #RRGGBB}. */
    static String hex(int rgb) {
        return String.format("#%06X", rgb);
    }

    static int red(int rgb) {
        return rgb >> 16 & 0xFF;
    }

    static int green(int rgb) {
        return rgb >> 8 & 0xFF;
    }

    static int blue(int rgb) {
        return rgb & 0xFF;
    }
}

package org.papergraph.scoring;

import java.util.Objects;
import java.util.Set;

/** An unordered pair of two different papers, by id; stored in id order so equal pairs are equal records. */
public record PaperPair(String first, String second) {

    public PaperPair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.equals(second)) {
            throw new IllegalArgumentException("a paper is not paired with itself: " + first);
        }
        if (first.compareTo(second) > 0) {
            String swap = first;
            first = second;
            second = swap;
        }
    }

    public boolean within(Set<String> paperIds) {
        return paperIds.contains(first) && paperIds.contains(second);
    }
}

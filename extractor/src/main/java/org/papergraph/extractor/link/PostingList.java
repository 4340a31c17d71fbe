package org.papergraph.extractor.link;

import java.util.Arrays;

/** The papers (interned ints) that name one concept, in no order: four bytes a paper. */
final class PostingList {

    private int[] papers = new int[2];
    private int size;

    void add(int paper) {
        if (size == papers.length) {
            papers = Arrays.copyOf(papers, size * 2);
        }
        papers[size++] = paper;
    }

    void remove(int paper) {
        for (int i = 0; i < size; i++) {
            if (papers[i] == paper) {
                papers[i] = papers[--size];
                return;
            }
        }
    }

    int size() {
        return size;
    }

    int get(int i) {
        return papers[i];
    }
}

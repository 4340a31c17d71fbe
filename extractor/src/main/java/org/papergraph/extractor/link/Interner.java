package org.papergraph.extractor.link;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small ints for string ids, so the link index can hold its lists as int arrays. A released int is given to
 * the next new id, so an index kept for many builds does not grow with the ids it has dropped.
 */
final class Interner {

    static final int ABSENT = -1;

    private final Map<String, Integer> ints = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final Deque<Integer> released = new ArrayDeque<>();

    /** The int of {@code id}, given one if it has none. */
    int intern(String id) {
        Integer known = ints.get(id);
        if (known != null) {
            return known;
        }
        int i = released.isEmpty() ? ids.size() : released.pop();
        setAt(ids, i, id);
        ints.put(id, i);
        return i;
    }

    /** The int of {@code id}, or {@link #ABSENT}. */
    int find(String id) {
        return ints.getOrDefault(id, ABSENT);
    }

    String id(int i) {
        return ids.get(i);
    }

    void release(int i) {
        ints.remove(ids.get(i));
        ids.set(i, null);
        released.push(i);
    }

    Set<String> ids() {
        return Collections.unmodifiableSet(ints.keySet());
    }

    /** Sets {@code list[i]}, growing the list by one when {@code i} is its size: how interned ints index lists. */
    static <T> void setAt(List<T> list, int i, T value) {
        if (i == list.size()) {
            list.add(value);
        } else {
            list.set(i, value);
        }
    }
}

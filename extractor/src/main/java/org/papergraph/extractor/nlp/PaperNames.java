package org.papergraph.extractor.nlp;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one paper says about its own names, as the rules find it: the names it defines (acronyms with their long
 * forms, its title's name), the acronyms it spells out as no concept ("ultra-high-resolution (UHR)"), and the names
 * it gives its own work in its title ("SMART: ..."), which another paper's long form must not explain.
 */
final class PaperNames {

    private final Map<String, DefinedName> defined = new HashMap<>();
    private final Set<String> declined = new HashSet<>();
    private final Set<String> own = new HashSet<>();

    /** Records a definition, unless the paper defined that written form already; whether it was recorded. */
    boolean define(String written, DefinedName name) {
        return defined.putIfAbsent(written, name) == null;
    }

    DefinedName get(String written) {
        return defined.get(written);
    }

    Collection<DefinedName> all() {
        return defined.values();
    }

    /** An acronym whose long form is a description, not a name: no concept here. */
    void decline(String acronym) {
        declined.add(acronym);
    }

    boolean declined(String written) {
        return declined.contains(written) && !defined.containsKey(written);
    }

    /** A name the paper gives its own work. */
    void own(String written) {
        own.add(written);
    }

    /** The acronyms the paper spells out as descriptions and defines as no name. */
    Set<String> declinedOnly() {
        Set<String> out = new HashSet<>(declined);
        out.removeAll(defined.keySet());
        return Set.copyOf(out);
    }

    /** The definitions, as the corpus-wide step reads them. */
    Map<String, DefinedName> definitions() {
        return Map.copyOf(defined);
    }

    /** The written forms another paper's definition must not explain here: declined acronyms and the paper's own names. */
    Set<String> notFromOtherPapers() {
        Set<String> out = new HashSet<>(declined);
        out.addAll(own);
        return Set.copyOf(out);
    }
}

package org.papergraph.extractor.link;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Kept links as a database holds them, each with the papers that rank it among their strongest. */
final class RankedLinkStore {

    private record Pair(String a, String b) {
        boolean touches(Collection<String> papers) {
            return papers.contains(a) || papers.contains(b);
        }
    }

    private static final class Stored {
        ConceptLinks.Link link;
        final Set<String> rankedBy = new HashSet<>();
    }

    private final Map<Pair, Stored> links = new HashMap<>();

    /** Applies an update step by step as {@link LinkUpdate} states it. */
    void apply(LinkUpdate update, Collection<String> removedPapers) {
        Set<String> affected = update.affected();
        links.forEach((pair, stored) -> {
            if (pair.touches(affected)) {
                stored.rankedBy.removeAll(affected);
            }
        });
        links.keySet().removeIf(pair -> pair.touches(removedPapers));
        for (LinkUpdate.Ranking r : update.rankings()) {
            Stored stored = links.computeIfAbsent(new Pair(r.link().a(), r.link().b()), p -> new Stored());
            stored.link = r.link();
            stored.rankedBy.add(r.paper());
        }
        links.entrySet().removeIf(e -> e.getKey().touches(affected) && e.getValue().rankedBy.isEmpty());
    }

    List<ConceptLinks.Link> links() {
        return links.values().stream().map(s -> s.link)
                .sorted(Comparator.comparing(ConceptLinks.Link::a).thenComparing(ConceptLinks.Link::b)).toList();
    }
}

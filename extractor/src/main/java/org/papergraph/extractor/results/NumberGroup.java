package org.papergraph.extractor.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.papergraph.extractor.results.ResultRules.UnitClass;

/**
 * Numbers written as one coordinated list ("15.6% and 9.1%", "2% in general tasks, 9% in the GSM8K task, and 11%
 * in coding tasks", "1.8/3.3", the ends of a range): what a word before the first or after the last says of one, it
 * says of all, and "respectively" after them pairs them in order with another list of the sentence. A list's numbers
 * measure one kind of quantity ("61 milliseconds, against 36.5" are two), and a comparison right before a number
 * compares it with the list rather than continuing it ("72% in MBPP+, against 60%").
 */
final class NumberGroup {

    /** Words that may stand between two numbers of one list, besides nouns, adjectives and names. */
    private static final Set<String> JOINING = Set.of(",", "and", "or", "/", "&", "~", "+", "in", "on", "at", "for", "of",
            "the", "a", "an", "respectively", "over", "than", "against", "versus", "vs", "vs.");
    /** Arrows between a score before and after: "34.2% \u2192 38.8%", "34.2% rightarrow 38.8%". */
    static final Set<String> ARROWS = Set.of("\u2192", "->", "-->", "=>", "\u21d2", "rightarrow", "\\rightarrow", "\\to");
    private static final Set<String> COORDINATING = Set.of(",", "and", "or", "/", "&");
    /** Words right before a number that compare it with the numbers before it. */
    private static final Set<String> COMPARING = Set.of("against", "versus", "vs", "vs.", "over", "than");
    private static final int MAX_GAP = 10;

    final List<RowDraft> members = new ArrayList<>();
    boolean respectively;

    /** Puts the sentence's live drafts, in text order, into groups. */
    static List<NumberGroup> of(NumberSentence s, List<RowDraft> drafts) {
        List<NumberGroup> groups = new ArrayList<>();
        NumberGroup current = null;
        RowDraft previous = null;
        for (RowDraft d : drafts) {
            if (!d.alive()) {
                continue;
            }
            if (current == null || !(previous.tok == d.tok || d.rangeFrom == previous
                    || joined(s, previous.last + 1, d.tok) && sameQuantity(previous, d) || fromTo(s, previous, d))) {
                current = new NumberGroup();
                groups.add(current);
            }
            current.members.add(d);
            d.group = current;
            previous = d;
        }
        for (int g = 0; g < groups.size(); g++) {
            NumberGroup group = groups.get(g);
            int to = g + 1 < groups.size() ? groups.get(g + 1).members.get(0).tok : s.size();
            for (int i = group.last().last + 1; i < to; i++) {
                if (s.lower(i).equals("respectively")) {
                    group.respectively = true;
                }
            }
        }
        return groups;
    }

    /** The groups of the live drafts, in text order. */
    static List<NumberGroup> groups(List<RowDraft> drafts) {
        List<NumberGroup> out = new ArrayList<>();
        for (RowDraft d : drafts) {
            if (d.alive() && d.group != null && !out.contains(d.group)) {
                out.add(d.group);
            }
        }
        return out;
    }

    RowDraft first() {
        return members.get(0);
    }

    RowDraft last() {
        return members.get(members.size() - 1);
    }

    /** "from 72.1% to 85.3%", "34.2% \u2192 38.8%": a score before and after, of the same metric and benchmark. */
    static boolean fromTo(NumberSentence s, RowDraft first, RowDraft second) {
        String link = s.lower(first.last + 1);
        return second.tok == first.last + 2 && (link.equals("to") ? s.lower(first.tok - 1).equals("from")
                : ARROWS.contains(link));
    }

    /**
     * Whether two numbers may measure the same: the same class of unit, or a score written once without its unit
     * ("85.3 and 71.2%"); "61 milliseconds, against 36.5" are not one list.
     */
    static boolean sameQuantity(RowDraft a, RowDraft b) {
        return a.unitClass == b.unitClass || scoreOrBare(a.unitClass) && scoreOrBare(b.unitClass);
    }

    private static boolean scoreOrBare(UnitClass u) {
        return u == UnitClass.NONE || u == UnitClass.PERCENT || u == UnitClass.POINTS;
    }

    /** Whether tokens {@code [from, to)} join two numbers into one list: few words, a coordinator, no verb or bracket. */
    private static boolean joined(NumberSentence s, int from, int to) {
        if (to - from > MAX_GAP || to < from || to > from && COMPARING.contains(s.lower(to - 1))) {
            return false; // "72% in MBPP+, against 60%": what the second is compared with, not a list
        }
        boolean coordinated = false;
        for (int i = from; i < to; i++) {
            String w = s.lower(i);
            if (w.equals("(") || w.equals(")")) {
                continue; // a bracketed name between: "8.9% on commonsense reasoning (Stories Cloze Test), 5.7% ..."
            }
            coordinated |= COORDINATING.contains(w);
            // Names the tagger takes for numbers ("enwiki8/CD") and versions ("over Claude 3.5, and 13%") are words.
            boolean phrase = s.tag(i).startsWith("NN") || s.tag(i).equals("JJ") || s.tok(i).text().contains("-")
                    || s.tag(i).equals("CD") && !s.isNumber(i) || s.isNumber(i) && i > 0 && s.capitalised(i - 1);
            if (s.tag(i).equals("JJR") || s.tag(i).equals("RBR")) {
                return false; // "67.5% on MMLU, greater than a 7% improvement": a comparison, not a list
            }
            if (s.isVerb(i) && !phrase || !JOINING.contains(w) && !phrase) {
                return false;
            }
        }
        return coordinated;
    }
}

package org.papergraph.extractor.results;

import java.util.List;
import java.util.Set;
import org.papergraph.extractor.model.ConceptType;

/**
 * Finds the system that obtained each result: the named method or model the sentence makes its subject ("HCSP
 * achieves", "our Socratic-Solver-8B achieves", "SCoRe ... improving"), not one named after a preposition or a
 * comparison ("on Qwen2.5-1.5B-Instruct", "outperforming GPT-4", "than BERT"); else, as when the authors write "it",
 * "our method" or nothing, the name the paper gives what it proposes. A score a sentence compares with is that of what
 * it names: "compared with 96.54% for XGBoost", "outperforming GPT-4o (80.0%)", "higher than MobileNetV2 at 74.9%",
 * "GPT-4, which scores 70.5%".
 */
final class SystemRule implements ResultRule {

    /** Words after which a name is not the subject: it is compared with, applied to, or used by the system. */
    private static final Set<String> NOT_SUBJECT = Set.of("on", "with", "using", "to", "over", "than", "against",
            "from", "of", "in", "into", "vs", "vs.", "versus", "by", "like", "as", "including", "for", "via", "upon",
            "outperforms", "outperforming", "outperform", "outperformed", "surpasses", "surpassing", "surpassed",
            "exceeds", "exceeding", "beats", "beating", "matches", "matching", "rivals", "(", "between", "among",
            "under", "at", "across", "about");
    private static final Set<ConceptType> SYSTEMS = Set.of(ConceptType.METHOD, ConceptType.MODEL);
    /** Words before a name that make it what a result is compared with. */
    private static final Set<String> COMPARED = Set.of("than", "over", "against", "vs", "vs.", "versus", "outperforming",
            "outperforms", "surpassing", "surpasses", "with", "to");

    @Override
    public void apply(NumberSentence s, List<RowDraft> drafts, PaperContext paper) {
        for (RowDraft d : drafts) {
            if (d.alive()) {
                TextSpan subject = d.obtainedBy != null ? d.obtainedBy : bracketedAfter(s, d);
                if (subject == null) {
                    subject = comparedAt(s, d);
                }
                if (subject == null) {
                    subject = subject(s, d);
                }
                d.system = subject != null ? subject : paper.ownName;
            }
        }
    }

    /** "outperforming GPT-4o (80.0%)": a score in brackets right after a named method or model is its score. */
    private static TextSpan bracketedAfter(NumberSentence s, RowDraft d) {
        int k = d.tok - 1;
        if (k < 1 || !s.lower(k).equals("(") || !s.lower(d.last + 1).equals(")")) {
            return null;
        }
        ConceptSpan c = s.conceptAt(k - 1);
        return c != null && SYSTEMS.contains(c.type()) && c.tokTo() == k ? s.span(c.tokFrom(), c.tokTo()) : null;
    }

    /** "2.1% higher than MobileNetV2 at 74.9%": a score "at" right after a name compared with is that name's. */
    private static TextSpan comparedAt(NumberSentence s, RowDraft d) {
        int at = d.tok - 1;
        ConceptSpan c = at > 1 && s.lower(at).equals("at") ? s.conceptAt(at - 1) : null;
        if (c == null || !SYSTEMS.contains(c.type()) || c.tokTo() != at) {
            return null;
        }
        String before = s.lower(c.tokFrom() - 1);
        return COMPARED.contains(before) ? s.span(c.tokFrom(), c.tokTo()) : null;
    }

    /**
     * The last named method or model before the number that stands as a subject: "our X", or a name after no
     * preposition or comparison, outside brackets, and not coordinated with a name that is not a subject.
     */
    private static TextSpan subject(NumberSentence s, RowDraft d) {
        ConceptSpan found = null;
        boolean previousRejected = false;
        for (ConceptSpan c : s.concepts) {
            if (c.tokFrom() >= d.tok) {
                break;
            }
            if (!SYSTEMS.contains(c.type())) {
                continue;
            }
            boolean ours = s.lower(c.tokFrom() - 1).equals("our");
            int before = c.tokFrom() - 1;
            // Past the rest of its noun phrase: "outperforms the competitive baseline CoT-SC".
            while (before >= 0 && (s.tag(before).equals("DT") || s.tag(before).startsWith("JJ")
                    || s.tag(before).startsWith("NN") && s.conceptAt(before) == null)) {
                before--;
            }
            String w = s.lower(before);
            boolean coordinated = w.equals("and") || w.equals(",") || w.equals("or");
            // After a verb it is an object: "FlashAttention trains Transformers faster".
            boolean object = before >= 0 && s.isVerb(before);
            boolean rejected = !ours && (!c.specific() || bracketed(s, c.tokFrom(), d.tok) || object
                    || NOT_SUBJECT.contains(w) || coordinated && previousRejected);
            // "the previous state-of-the-art GPT-4 that achieves 80%", "GPT-4, which scores 70.5%": the subject of
            // its relative clause
            int that = s.lower(c.tokTo()).equals(",") ? c.tokTo() + 1 : c.tokTo();
            boolean relative = (s.lower(that).equals("that") || s.lower(that).equals("which")) && (s.isVerb(that + 1)
                    || s.tag(that + 1).equals("NNS") && s.isNumber(that + 2)); // "which scores/NNS 70.5%"
            if (!rejected || relative && c.specific()) {
                found = c;
            }
            previousRejected = rejected && !relative;
        }
        if (found != null) {
            for (int i = found.tokTo(); i < d.tok; i++) {
                String w = s.lower(i);
                if (w.equals("our") || w.equals("we") || w.equals("it")) {
                    return null; // "while GPT-4 ... solved 4% of tasks, our method achieved 74%": a subject of its own
                }
            }
        }
        return found == null ? null : s.span(found.tokFrom(), found.tokTo());
    }

    /** Whether token {@code at} stands inside brackets that close before token {@code to}: an aside. */
    private static boolean bracketed(NumberSentence s, int at, int to) {
        int depth = 0;
        for (int i = at; i < to; i++) {
            if (s.lower(i).equals(")")) {
                if (depth == 0) {
                    return true;
                }
                depth--;
            } else if (s.lower(i).equals("(")) {
                depth++;
            }
        }
        return false;
    }
}

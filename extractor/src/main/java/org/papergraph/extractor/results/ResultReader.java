package org.papergraph.extractor.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.nlp.Tok;

/**
 * Finds the result rows of one paper: its numeric claims of performance ("85.3% accuracy on GSM8K"), each with its
 * unit, kind, metric, benchmark, system and baseline. It reads CoreNLP's tokens and tags and the concepts the concept
 * rules found, and only the sentences that hold a digit, with one family of rules after another: the numbers and
 * their units, what is not a result, the kind, the metric, the benchmark, whether anything makes the number a result,
 * the system, the baseline, and last whether a score's measure is sure enough for a leaderboard. The rules' word
 * lists are data files ({@code rules/result-*}). Thread-safe.
 */
public final class ResultReader {

    private final NumberRule numbers;
    private final List<ResultRule> families;

    public ResultReader() {
        ResultRules rules = ResultRules.load();
        Phrases phrases = new Phrases(rules);
        this.numbers = new NumberRule(rules);
        this.families = List.of(new NotResultRule(rules), new KindRule(rules, phrases), new MetricRule(rules, phrases),
                new BenchmarkRule(rules, phrases), new EvidenceRule(), new SystemRule(), new BaselineRule(rules, phrases),
                new SentenceMetricRule(phrases));
    }

    /**
     * @param title    the sentences of the title, as tokens with offsets into {@code titleText}
     * @param concepts where the concept rules found concepts, sentences numbered title first
     */
    public List<ResultFinding> read(String titleText, List<List<Tok>> title, String abstractText,
                                    List<List<Tok>> abstractSentences, List<ConceptSpan> concepts) {
        List<ResultFinding> out = new ArrayList<>();
        List<ConceptSpan> ordered = concepts.stream().sorted(Comparator
                .comparing((ConceptSpan c) -> !c.field().equals(Mention.TITLE)).thenComparingInt(ConceptSpan::start))
                .toList();
        PaperContext paper = null;
        int index = 0;
        for (List<List<Tok>> sentences : List.of(title, abstractSentences)) {
            boolean inTitle = sentences == title;
            for (List<Tok> toks : sentences) {
                int sentence = index++;
                if (!hasDigit(toks)) {
                    continue;
                }
                if (paper == null) {
                    paper = PaperContext.of(ordered, titleText, abstractText);
                }
                List<ConceptSpan> here = ordered.stream().filter(c -> c.sentence() == sentence).toList();
                NumberSentence s = new NumberSentence(toks, inTitle ? Mention.TITLE : Mention.ABSTRACT,
                        inTitle ? titleText : abstractText, here);
                read(s, paper, out);
            }
        }
        return out;
    }

    private void read(NumberSentence s, PaperContext paper, List<ResultFinding> out) {
        List<RowDraft> drafts = numbers.find(s);
        for (int f = 0; f < families.size() && !drafts.isEmpty(); f++) {
            if (f == 1) {
                NumberGroup.of(s, drafts); // lists are read among the numbers that may be results
            }
            families.get(f).apply(s, drafts, paper);
        }
        TextSpan sentence = s.chars(s.tok(0).begin(), s.tok(s.size() - 1).end());
        for (RowDraft d : drafts) {
            if (d.alive()) {
                TextSpan quote = s.chars(Math.min(d.start, s.tok(d.quoteFrom).begin()),
                        Math.max(d.end, s.tok(d.quoteTo - 1).end()));
                out.add(new ResultFinding(d.value, d.unit, d.kind, d.metric, d.benchmark, d.system, d.baseline,
                        s.field, d.start, d.end, sentence.start(), sentence.end(), quote));
            }
        }
    }

    private static boolean hasDigit(List<Tok> toks) {
        for (Tok t : toks) {
            String w = t.text();
            for (int i = 0; i < w.length(); i++) {
                if (Character.isDigit(w.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }
}

package org.papergraph.extractor.results;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.papergraph.extractor.nlp.Tok;
import org.papergraph.extractor.results.ResultRules.Unit;
import org.papergraph.extractor.results.ResultRules.UnitClass;

/**
 * Finds the numbers of a sentence, each with the unit written after it ({@code rules/result-units.tsv}): "85.3%",
 * "+6.8", "~5.9%", "4.8 times", "3x", "30-fold", "12.4\%", "61 milliseconds", and both ends of a range or list
 * written as one word ("2.1-4.5%", "2X-3X") or apart ("9%-19%", "20% to 50%"). A number glued to the letters before it
 * is part of a name ("pass@1", "Qwen2.5").
 */
final class NumberRule {

    private static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    private static final String SIGNS = "+\\-\u2212~\u2248";
    private static final Pattern WHOLE = Pattern.compile("([" + SIGNS + "]?)(" + NUM + ")");
    private static final Pattern RANGE = Pattern.compile("(" + NUM + ")(%|[xX\u00d7])?[-\u2013](" + NUM + ")(%|[xX\u00d7])?");
    private static final Pattern DIGIT_GROUP = Pattern.compile("\\d{3}");
    /** A number with its unit in one word: "3x", "5%". */
    private static final Pattern WITH_UNIT = Pattern.compile("([" + SIGNS + "]?)(" + NUM + ")(%|[xX\u00d7])");
    private static final Pattern FOLD = Pattern.compile("(" + NUM + ")-(fold)", Pattern.CASE_INSENSITIVE);

    private final ResultRules rules;

    NumberRule(ResultRules rules) {
        this.rules = rules;
    }

    List<RowDraft> find(NumberSentence s) {
        List<RowDraft> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.tok(i);
            if (!t.text().chars().anyMatch(Character::isDigit) || partOfName(s, i)) {
                continue;
            }
            Matcher m;
            if ((m = WHOLE.matcher(t.text())).matches()) {
                RowDraft low = rangeBefore(s, out, i, m.group(1));
                char sign = low != null ? 0 : m.group(1).isEmpty() ? signBefore(s, i) : m.group(1).charAt(0);
                // "29 349 questions": thousands written in groups of three digits apart
                int groups = i;
                while (m.group(2).length() <= 3 && groups + 1 < s.size() && DIGIT_GROUP.matcher(s.tok(groups + 1).text()).matches()
                        && s.tok(groups + 1).begin() == s.tok(groups).end() + 1) {
                    groups++;
                }
                int start = t.begin() + m.start(2);
                int end = groups == i ? t.begin() + m.end(2) : s.tok(groups).end();
                RowDraft d = new RowDraft(s, i, s.text.substring(start, end), start, end, sign);
                d.last = groups;
                d.quoteTo = groups + 1;
                readUnit(s, d, groups + 1);
                if (low != null) {
                    d.rangeFrom = low;
                    if (low.unit.isEmpty()) { // "20 to 50%"
                        low.unit = d.unit;
                        low.unitClass = d.unitClass;
                    }
                }
                out.add(d);
                i = groups;
            } else if ((m = RANGE.matcher(t.text())).matches()) {
                RowDraft low = new RowDraft(s, i, m.group(1), t.begin() + m.start(1), t.begin() + m.end(1), signBefore(s, i));
                RowDraft high = new RowDraft(s, i, m.group(3), t.begin() + m.start(3), t.begin() + m.end(3), low.sign);
                if (m.group(4) != null) {
                    unitInWord(low, m.group(2) != null ? m.group(2) : m.group(4));
                    unitInWord(high, m.group(4));
                } else if (m.group(2) == null) {
                    readUnit(s, high, i + 1);
                    low.unit = high.unit;
                    low.unitClass = high.unitClass;
                    low.last = high.last;
                    low.quoteTo = high.quoteTo;
                } else {
                    continue; // "3x-4": not a range of one quantity
                }
                out.add(low);
                out.add(high);
            } else if ((m = WITH_UNIT.matcher(t.text())).matches()) {
                char sign = m.group(1).isEmpty() ? signBefore(s, i) : m.group(1).charAt(0);
                RowDraft d = new RowDraft(s, i, m.group(2), t.begin() + m.start(2), t.begin() + m.end(2), sign);
                unitInWord(d, m.group(3));
                out.add(d);
            } else if ((m = FOLD.matcher(t.text())).matches()) {
                RowDraft d = new RowDraft(s, i, m.group(1), t.begin() + m.start(1), t.begin() + m.end(1), signBefore(s, i));
                d.unit = m.group(2);
                d.unitClass = UnitClass.RATIO;
                out.add(d);
            }
        }
        return out;
    }

    /**
     * The number that token {@code i} ends a range with: "20% to 50%" (not "from 20% to 50%", two scores), "9%-19%",
     * "9% – 19%"; or null. {@code sign} is the sign written in the token, a dash here.
     */
    private static RowDraft rangeBefore(NumberSentence s, List<RowDraft> found, int i, String sign) {
        RowDraft low = found.isEmpty() ? null : found.get(found.size() - 1);
        if (low == null || low.tok == i) {
            return null;
        }
        boolean dashed = (sign.equals("-") || sign.equals("\u2212")) && low.last == i - 1 && s.glued(i);
        String link = s.lower(low.last + 1);
        boolean linked = low.last == i - 2 && (link.equals("to") && !s.lower(low.tok - 1).equals("from")
                || link.equals("-") || link.equals("\u2013"));
        return dashed || linked ? low : null;
    }

    /** A number glued to a word before it, or to a letter-ending word through '@' or '.', belongs to a name. */
    private static boolean partOfName(NumberSentence s, int i) {
        if (!s.glued(i)) {
            return false;
        }
        String before = s.tok(i - 1).text();
        char c = before.charAt(before.length() - 1);
        return Character.isLetter(c) || c == '@' || c == '_' || c == '.' || c == '\'';
    }

    /** A sign written as a word of its own before the number: "~5.9%", "+ 3.1". */
    private static char signBefore(NumberSentence s, int i) {
        String w = i > 0 ? s.tok(i - 1).text() : "";
        return w.length() == 1 && "+~\u2248\u2212".indexOf(w.charAt(0)) >= 0 ? (w.charAt(0) == '\u2248' ? '~'
                : w.charAt(0) == '\u2212' ? '-' : w.charAt(0)) : 0;
    }

    private void readUnit(NumberSentence s, RowDraft d, int from) {
        int j = from;
        if (j + 1 < s.size() && (s.lower(j).equals("\u00b1") || s.lower(j).equals("+/-")) && s.isNumber(j + 1)) {
            j += 2; // "85.3 ± 0.4 F1": the spread stands between the number and its unit
            d.last = j - 1;
        }
        if (j < s.size() && (s.tok(j).text().equals("\\") || s.tok(j).text().equals("+")) && s.glued(j)) {
            j++; // LaTeX "12.4\%", "1,800+ times"
        }
        for (Unit u : rules.units) {
            if (s.wordsAt(j, u.words())) {
                int to = j + u.words().size();
                d.unit = s.text.substring(s.tok(j).begin(), s.tok(to - 1).end());
                d.unitClass = u.unitClass();
                d.last = to - 1;
                d.quoteTo = to;
                return;
            }
            // The tokenizer keeps a sentence's final period with a short word: "to 2.3-3.6x."
            String w = s.lower(j);
            if (u.words().size() == 1 && j == s.size() - 1 && w.endsWith(".") && w.substring(0, w.length() - 1).equals(u.words().get(0))) {
                d.unit = s.text.substring(s.tok(j).begin(), s.tok(j).end() - 1);
                d.unitClass = u.unitClass();
                d.last = j;
                d.quoteTo = j + 1;
                return;
            }
        }
    }

    private void unitInWord(RowDraft d, String unit) {
        d.unit = unit;
        d.unitClass = unit.equals("%") ? UnitClass.PERCENT : UnitClass.RATIO;
    }
}

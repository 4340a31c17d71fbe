package org.papergraph.extractor.model;

/**
 * One numeric performance claim of a paper, as a leaderboard would hold it: "85.3% accuracy on GSM8K".
 *
 * @param value         the number as written, without its sign or unit ("85.3", "1,000")
 * @param unit          the unit as written after the number ("%", "x", "points", "fps"), or ""
 * @param field         where the number is: {@link Mention#TITLE} or {@link Mention#ABSTRACT}
 * @param start         the number's offset in that field; {@code end} is exclusive
 * @param sentenceStart the offsets of the sentence that holds it, in the same field
 * @param quoteStart    the offsets of {@code quote}: the shortest words that make the number a result
 */
public record ResultRow(String value, String unit, ResultKind kind, ResultPart metric, ResultPart benchmark,
                        ResultPart system, ResultPart baseline, String field, int start, int end,
                        int sentenceStart, int sentenceEnd, String quote, int quoteStart, int quoteEnd) {
}

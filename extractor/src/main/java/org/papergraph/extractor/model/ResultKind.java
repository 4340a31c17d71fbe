package org.papergraph.extractor.model;

import java.util.Locale;

/** What a result row's number says about a system's performance. */
public enum ResultKind {
    /** A score reached: "85.3% accuracy on GSM8K". */
    ABSOLUTE,
    /** An improvement over something: "improves accuracy by 5.2%", "+3.1 BLEU". */
    GAIN,
    /** An error or cost cut: "reduces the error rate by 30%". */
    REDUCTION,
    /** A relative figure: "3.2x faster", "a 2x speedup". */
    RATIO;

    /** The name used in JSON: {@code absolute}, {@code gain}... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ResultKind fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}

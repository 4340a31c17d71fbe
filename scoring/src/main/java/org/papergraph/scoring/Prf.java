package org.papergraph.scoring;

/** Counts of one comparison of predicted against gold items, and the precision, recall and F1 they give. */
public record Prf(int truePositives, int falsePositives, int falseNegatives) {

    /** 0 when nothing was predicted, as score.py has it. */
    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 0.0 : (double) truePositives / predicted;
    }

    /** 0 when the gold has nothing, as score.py has it. */
    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? 0.0 : (double) truePositives / gold;
    }

    /** The same arithmetic, in the same order, as score.py, so the doubles agree bit for bit. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}

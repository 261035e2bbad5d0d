package com.computefolio.ui.bench;

import java.util.Arrays;

/** Latencies of one interaction, in milliseconds, and their median, 95th percentile and maximum. */
final class LatencySamples {

    private double[] millis = new double[0];

    void add(long nanos) {
        millis = Arrays.copyOf(millis, millis.length + 1);
        millis[millis.length - 1] = nanos / 1e6;
    }

    int count() {
        return millis.length;
    }

    /** The smallest sample at or above the given share of all samples (nearest-rank percentile). */
    double percentile(double share) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(share * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    void reportAs(String name, BenchmarkReport report) {
        report.put(name + "_samples", count());
        report.put(name + "_p50_ms", percentile(0.50));
        report.put(name + "_p95_ms", percentile(0.95));
        report.put(name + "_max_ms", percentile(1.0));
    }
}

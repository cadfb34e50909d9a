package org.ar4j.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Per-call comparisons that hold on a noisy shared machine: every implementation runs in one JVM against the same
 * database, one batch of each per round, the order rotated every round and the same seeded inputs for all of them
 * within a round. A round's ratio is an implementation's batch time over the baseline's (the first implementation,
 * the least work by hand); the result is the median and quartiles of those ratios, so a slow moment of the machine
 * hits both sides of a ratio. Allocation is the thread's allocated bytes per operation, summed over the measured
 * rounds (exact, not sampled). JMH stays for absolute figures.
 */
final class Paired {
    /** One operation on an input (an id, a seed); returns something so the work cannot be dropped. */
    interface Op {
        Object run(long input) throws Exception;
    }

    /** A named implementation. */
    record Impl(String name, Op op) {
    }

    /** The quartiles of the per-round ratios to the baseline. */
    record Quartiles(double q1, double median, double q3) {
    }

    /** One implementation's figures: ratio quartiles to the baseline, time and bytes per operation. */
    record Result(String scenario, String name, Quartiles ratio, double nanosPerOp, double bytesPerOp,
                  double bytesRatio) {
        /** The same figures under another scenario name. */
        Result inScenario(String other) {
            return new Result(other, name, ratio, nanosPerOp, bytesPerOp, bytesRatio);
        }

        String json() {
            return String.format(java.util.Locale.ROOT, "{\"scenario\":\"%s\",\"impl\":\"%s\",\"q1\":%.4f,"
                    + "\"median\":%.4f,\"q3\":%.4f,\"nanosPerOp\":%.1f,\"bytesPerOp\":%.1f,\"bytesRatio\":%.4f}",
                    scenario, name, ratio.q1(), ratio.median(), ratio.q3(), nanosPerOp, bytesPerOp, bytesRatio);
        }
    }

    private static final com.sun.management.ThreadMXBean MX =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Paired() {
    }

    /**
     * Runs {@code warmup} unmeasured rounds, then {@code rounds} measured ones, each calling every implementation
     * {@code ops} times on the round's inputs (drawn from {@code 1..inputRange} with a seed per round).
     */
    static List<Result> run(String scenario, List<Impl> impls, int warmup, int rounds, int ops, int inputRange)
            throws Exception {
        int n = impls.size();
        double[][] ratios = new double[n][rounds];
        long[] nanos = new long[n];
        long[] bytes = new long[n];
        long[] inputs = new long[ops];
        long sink = 0;
        for (int round = 0; round < warmup + rounds; round++) {
            Random random = new Random(1_000L + round);
            for (int i = 0; i < ops; i++) {
                inputs[i] = 1 + random.nextInt(inputRange);
            }
            long[] t = new long[n];
            for (int k = 0; k < n; k++) {
                int which = (k + round) % n;
                Op op = impls.get(which).op();
                long b0 = MX.getCurrentThreadAllocatedBytes();
                long t0 = System.nanoTime();
                for (int i = 0; i < ops; i++) {
                    sink += op.run(inputs[i]).hashCode();
                }
                t[which] = System.nanoTime() - t0;
                long b = MX.getCurrentThreadAllocatedBytes() - b0;
                if (round >= warmup) {
                    nanos[which] += t[which];
                    bytes[which] += b;
                }
            }
            if (round >= warmup) {
                for (int k = 0; k < n; k++) {
                    ratios[k][round - warmup] = (double) t[k] / t[0];
                }
            }
        }
        List<Result> out = new ArrayList<>();
        long calls = (long) rounds * ops;
        for (int k = 0; k < n; k++) {
            double[] r = ratios[k].clone();
            Arrays.sort(r);
            out.add(new Result(scenario, impls.get(k).name(), new Quartiles(r[rounds / 4], r[rounds / 2], r[(3 * rounds) / 4]),
                    (double) nanos[k] / calls, (double) bytes[k] / calls, (double) bytes[k] / bytes[0]));
        }
        if (sink == 42) {
            System.out.print("");  // keeps the results alive
        }
        return out;
    }
}

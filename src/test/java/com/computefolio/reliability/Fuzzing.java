package com.computefolio.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Byte mutations for the importer fuzz: the kinds of damage files suffer in transit and in editors. */
final class Fuzzing {

    enum Kind { FLIP_BIT, SET_BYTE, INSERT_BYTE, DELETE_BYTE, DUPLICATE_SLICE, DELETE_SLICE, TRUNCATE }

    /** One mutation at a relative position (0..1) of whatever the bytes are by then. */
    record Mutation(Kind kind, double at, int value, int length) {

        byte[] applyTo(byte[] in) {
            if (in.length == 0) {
                return kind == Kind.INSERT_BYTE ? new byte[] {(byte) value} : in;
            }
            int i = Math.min(in.length - 1, (int) (at * in.length));
            int n = Math.max(1, Math.min(length, in.length - i));
            return switch (kind) {
                case FLIP_BIT -> {
                    byte[] out = in.clone();
                    out[i] ^= (byte) (1 << (value & 7));
                    yield out;
                }
                case SET_BYTE -> {
                    byte[] out = in.clone();
                    out[i] = (byte) value;
                    yield out;
                }
                case INSERT_BYTE -> concat(slice(in, 0, i), new byte[] {(byte) value}, slice(in, i, in.length));
                case DELETE_BYTE -> concat(slice(in, 0, i), slice(in, i + 1, in.length));
                case DUPLICATE_SLICE -> concat(slice(in, 0, i + n), slice(in, i, in.length));
                case DELETE_SLICE -> concat(slice(in, 0, i), slice(in, i + n, in.length));
                case TRUNCATE -> slice(in, 0, i);
            };
        }
    }

    private Fuzzing() {
    }

    static Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 255), Arbitraries.integers().between(1, 64)).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(6);
    }

    static byte[] mutate(byte[] original, List<Mutation> mutations) {
        byte[] bytes = original;
        for (Mutation m : mutations) {
            bytes = m.applyTo(bytes);
        }
        return bytes;
    }

    static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static byte[] slice(byte[] in, int from, int to) {
        return java.util.Arrays.copyOfRange(in, from, Math.max(from, to));
    }

    private static byte[] concat(byte[]... parts) {
        int size = 0;
        for (byte[] p : parts) {
            size += p.length;
        }
        byte[] out = new byte[size];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}

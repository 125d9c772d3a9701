package org.dictum.domain.story;

/** A 64-bit finaliser (SplitMix64's) that spreads every input bit over the whole output. */
final class Mixing {

    private Mixing() {
    }

    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}

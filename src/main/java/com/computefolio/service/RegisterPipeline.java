package com.computefolio.service;

import com.computefolio.domain.Portfolio;

/**
 * The transforms a register goes through before anything is filtered, scheduled or summed, in
 * one place: today one step, {@link OverlapNetting}. Memoised per register identity (registers are
 * immutable), so a keystroke in the search box over 100,000 deals neither redoes the netting nor
 * loses the search index and schedules cached for the netted register's deals.
 */
final class RegisterPipeline {

    private record Memo(Portfolio register, NettedRegister netted) {
    }

    /** Read and replaced whole; a race computes the same result twice, which is harmless. */
    private volatile Memo last;

    /** The register as totals count it: each umbrella netted against its parts. */
    NettedRegister netted(Portfolio register) {
        Memo memo = last;
        if (memo != null && memo.register() == register) {
            return memo.netted();
        }
        NettedRegister netted = OverlapNetting.apply(register);
        last = new Memo(register, netted);
        return netted;
    }
}

package com.computefolio.io.archfixtures.a;

import com.computefolio.io.archfixtures.b.Below;

/** With {@link Below}, a package cycle and a class cycle on purpose (ArchitectureRulesTest). */
public final class Above {
    private Below below;

    public Below below() {
        return below;
    }
}

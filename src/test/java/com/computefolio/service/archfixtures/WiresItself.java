package com.computefolio.service.archfixtures;

import com.computefolio.app.AppPaths;

/** Breaks the composition-root rule on purpose (ArchitectureRulesTest): a service that reaches up into app. */
public final class WiresItself {
    private AppPaths paths;

    public AppPaths paths() {
        return paths;
    }
}

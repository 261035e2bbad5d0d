package com.computefolio.io.archfixtures.b;

import com.computefolio.io.archfixtures.a.Above;

/** See {@link Above}: the package below that knows the one above. */
public final class Below {
    private Above above;

    public Above above() {
        return above;
    }
}

package io.sitrep.render;

import java.io.IOException;

/** Rethrows a failure caught on another thread as what a render may throw. */
final class Failures {

    private Failures() {
    }

    /** Throws {@code failure} with its own type when a render may throw it; null does nothing. */
    static void rethrow(Throwable failure) throws RenderException, IOException {
        if (failure instanceof RenderException r) {
            throw r;
        } else if (failure instanceof IOException io) {
            throw io;
        } else if (failure instanceof RuntimeException r) {
            throw r;
        } else if (failure instanceof Error err) {
            throw err;
        }
    }
}

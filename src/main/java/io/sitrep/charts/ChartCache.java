package io.sitrep.charts;

import java.util.Optional;

/**
 * Drawings kept from earlier builds, by chart hash, so a chart whose data did not change is
 * not drawn again. Implementations must be safe to call from several threads.
 */
public interface ChartCache {

    Optional<Drawing> find(String hash);

    void store(String hash, Drawing drawing);

    /** A cache that keeps nothing: every chart is drawn. */
    static ChartCache none() {
        return new ChartCache() {
            @Override
            public Optional<Drawing> find(String hash) {
                return Optional.empty();
            }

            @Override
            public void store(String hash, Drawing drawing) {
                // keeps nothing
            }
        };
    }
}

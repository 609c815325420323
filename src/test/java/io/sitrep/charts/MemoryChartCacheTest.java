package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MemoryChartCacheTest {

    private static Drawing drawing(String svg) {
        return new Drawing(svg, new byte[] {1, 2});
    }

    @Test
    void findsWhatWasStored() {
        MemoryChartCache cache = new MemoryChartCache(4);
        cache.store("h1", drawing("<svg/>"));
        assertThat(cache.find("h1")).contains(drawing("<svg/>"));
        assertThat(cache.find("h2")).isEmpty();
    }

    @Test
    void dropsTheLeastRecentlyUsedWhenFull() {
        MemoryChartCache cache = new MemoryChartCache(2);
        cache.store("a", drawing("a"));
        cache.store("b", drawing("b"));
        cache.find("a");
        cache.store("c", drawing("c"));
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.find("a")).isPresent();
        assertThat(cache.find("b")).isEmpty();
    }

    @Test
    void rejectsAZeroCapacity() {
        assertThatThrownBy(() -> new MemoryChartCache(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNoneCacheKeepsNothing() {
        ChartCache none = ChartCache.none();
        none.store("a", drawing("a"));
        assertThat(none.find("a")).isEmpty();
    }
}

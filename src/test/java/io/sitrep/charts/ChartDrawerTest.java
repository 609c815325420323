package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ChartDrawerTest {

    private static ChartSpec spec() {
        var briefing = Fixtures.crisis();
        return new CoverageChart(Fixtures.context(briefing)).plan(briefing).get(0);
    }

    @Test
    void numbersTheCaptionAndAddsDateAndSources() {
        Chart chart = new ChartDrawer(ChartCache.none()).draw(spec(), 4);
        assertThat(chart.number()).isEqualTo(4);
        assertThat(chart.caption()).startsWith("Figure 4. Articles in the briefing per day")
                .endsWith("As of 26 Feb 2020. Sources: Al-Monitor, Daily Sabah, Hürriyet Daily News, Reuters and Rudaw.");
        assertThat(chart.csv()).startsWith("date,Al-Monitor,");
        assertThat(chart.json()).contains("\"number\" : 4");
    }

    @Test
    void unnumberedChartsHaveNoFigureNumber() {
        assertThat(new ChartDrawer(ChartCache.none()).draw(spec(), 0).caption()).startsWith("Articles in");
    }

    @Test
    void aKnownHashIsNotDrawnAgain() {
        AtomicInteger stored = new AtomicInteger();
        Drawing cached = new Drawing("<svg>cached</svg>", new byte[] {1});
        ChartCache cache = new ChartCache() {
            @Override
            public Optional<Drawing> find(String hash) {
                return hash.equals(spec().hash()) ? Optional.of(cached) : Optional.empty();
            }

            @Override
            public void store(String hash, Drawing drawing) {
                stored.incrementAndGet();
            }
        };
        Chart chart = new ChartDrawer(cache).draw(spec(), 1);
        assertThat(chart.svg()).isEqualTo("<svg>cached</svg>");
        assertThat(stored).hasValue(0);
    }

    @Test
    void aNewDrawingIsStoredUnderItsHash() {
        MemoryChartCache cache = new MemoryChartCache(10);
        Chart chart = new ChartDrawer(cache).draw(spec(), 1);
        assertThat(cache.find(chart.hash())).contains(new Drawing(chart.svg(), chart.png()));
    }
}

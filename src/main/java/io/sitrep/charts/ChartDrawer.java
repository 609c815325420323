package io.sitrep.charts;

import org.jfree.chart.JFreeChart;

/**
 * Turns a planned chart into a {@link Chart}: takes the drawing from the cache when its hash
 * is known, else draws it as SVG and PNG and stores it.
 */
final class ChartDrawer {

    private final ChartCache cache;
    private final ChartMemory memory;
    private final SvgWriter svgWriter = new SvgWriter();
    private final PngWriter pngWriter = new PngWriter();

    ChartDrawer(ChartCache cache) {
        this(cache, ChartMemory.none());
    }

    /** @param memory where the data files of charts planned as in an earlier build are kept */
    ChartDrawer(ChartCache cache, ChartMemory memory) {
        this.cache = cache;
        this.memory = memory;
    }

    Chart draw(ChartSpec spec, int number) {
        String hash = spec.hash();
        Drawing drawing = cache.find(hash).orElseGet(() -> {
            Drawing drawn = drawNow(spec);
            cache.store(hash, drawn);
            return drawn;
        });
        ChartMemory.DataFiles data = memory.dataFiles(spec, number);
        return new Chart(spec.id(), spec.kind(), number, spec.title(), caption(spec, number), spec.altText(), spec.asOf(),
                spec.sources(), spec.table(), data.csv(), data.json(), drawing.svg(), drawing.png(), spec.width(),
                spec.height(), hash);
    }

    /** "Figure 3. What is shown. As of 19 Feb 2020. Sources: A and B."; unnumbered without "Figure". */
    static String caption(ChartSpec spec, int number) {
        return (number > 0 ? "Figure " + number + ". " : "") + spec.caption()
                + ChartContext.captionEnd(spec.sources(), spec.asOf());
    }

    Drawing drawNow(ChartSpec spec) {
        JFreeChart chart = spec.draw();
        String svg = svgWriter.write(chart, spec.id(), spec.width(), spec.height(), spec.title(), spec.altText());
        byte[] png = pngWriter.write(chart, spec.width(), spec.height());
        return new Drawing(svg, png);
    }
}

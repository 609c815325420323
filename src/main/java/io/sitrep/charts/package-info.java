/**
 * The chart stage: {@link io.sitrep.charts.ChartStage#draw} turns a
 * {@link io.sitrep.aggregate.Briefing} into {@link io.sitrep.charts.Charts}, in two steps that
 * can be taken apart: {@code plan} (quick: data, texts, numbers, hashes) gives a
 * {@link io.sitrep.charts.ChartPlan} whose {@link io.sitrep.charts.PlannedChart}s can draw
 * themselves onto any Graphics2D (the PDF draws them as vectors), and {@code draw(plan)} writes
 * the SVG and PNG of every chart.
 *
 * <p>For the render stage, every {@link io.sitrep.charts.Chart} carries what a page needs:
 * <ul>
 *   <li>{@code svg()}: inline it, or write it to {@code svgPath()} ("charts/&lt;id&gt;.svg") and
 *       use {@code <img src alt>}; it has a {@code viewBox}, {@code width="100%"} and no height,
 *       so it takes the width of its container (give sparklines a container about
 *       {@code width()} px wide); its ids all start with the chart id, so charts can share a
 *       page; {@code width()}/{@code height()} give the aspect ratio for {@code <img>}
 *       attributes;</li>
 *   <li>{@code png()} for the PDF and link previews, {@code pngWidth()} × {@code pngHeight()}
 *       pixels, to be written to {@code pngPath()};</li>
 *   <li>{@code title()}, {@code caption()} (numbered, with "As of" date and sources),
 *       {@code altText()} (states the takeaway, for {@code alt} or a figure description);</li>
 *   <li>{@code table()} with {@code header()} and {@code displayRows()} for the table under the
 *       chart; {@code csv()} and {@code json()} for {@code csvPath()} and {@code jsonPath()}.</li>
 * </ul>
 * {@link io.sitrep.charts.Charts#omitted()} lists charts without data, with a message to show
 * in their place. {@link io.sitrep.charts.Chart#hash()} changes exactly when the drawing
 * would; a {@link io.sitrep.charts.ChartCache} ({@link io.sitrep.charts.MemoryChartCache} for
 * {@code serve}, {@link io.sitrep.charts.DirectoryChartCache} across runs) skips drawing
 * unchanged charts. SVG text asks for DejaVu Sans, shipped in
 * {@code io/sitrep/fonts/} with its licence; pages may serve it as a web font.
 * Run with {@code java.awt.headless=true}.
 */
package io.sitrep.charts;

package io.sitrep.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Ranked horizontal bars with the total written at the end of each bar, in one or two tones
 * (dark and light of one hue, so the split survives grayscale). Shared by the most-mentioned
 * and the quotes-per-speaker charts.
 */
final class HorizontalBars {

    static final int WIDTH = 480;
    private static final int BAR_HEIGHT = 24;
    private static final int FRAME_HEIGHT = 150;

    /**
     * @param categories bar labels, top bar first, unique
     * @param series     one name per tone (one or two)
     * @param values     per series, one value per category
     */
    record Model(String title, String categoryLabel, String valueLabel, List<String> categories, List<String> series,
                 List<List<Integer>> values, String note) {
    }

    private HorizontalBars() {
    }

    /** Height that gives each bar room for one line of label. */
    static int height(int bars) {
        return FRAME_HEIGHT + BAR_HEIGHT * Math.max(1, bars);
    }

    /** Makes names unique as category keys: a second "Ali" becomes "Ali (2)". */
    static List<String> unique(List<String> names) {
        Set<String> seen = new HashSet<>();
        List<String> unique = new ArrayList<>();
        for (String name : names) {
            String candidate = name;
            for (int n = 2; !seen.add(candidate); n++) {
                candidate = name + " (" + n + ")";
            }
            unique.add(candidate);
        }
        return unique;
    }

    static JFreeChart draw(HouseStyle style, Model model) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < model.series().size(); s++) {
            for (int c = 0; c < model.categories().size(); c++) {
                data.addValue(model.values().get(s).get(c), model.series().get(s), model.categories().get(c));
            }
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.7);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        renderer.setDefaultOutlineStroke(new BasicStroke(0.8f));
        renderer.setSeriesPaint(0, Palette.DARK);
        renderer.setSeriesPaint(1, Palette.LIGHT);
        renderer.setDefaultItemLabelGenerator(new TotalAtEnd());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(style.font(HouseStyle.TICK_SIZE));
        renderer.setDefaultItemLabelPaint(Palette.TEXT);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelInsets(new RectangleInsets(4, 4, 4, 4));
        CategoryAxis categories = style.style(new CategoryAxis(model.categoryLabel()));
        categories.setMaximumCategoryLabelWidthRatio(0.4f);
        categories.setMaximumCategoryLabelLines(2);
        categories.setCategoryMargin(0.2);
        categories.setLowerMargin(0.02);
        categories.setUpperMargin(0.02);
        categories.setTickMarksVisible(false);
        NumberAxis values = style.countAxis(model.valueLabel());
        values.setUpperMargin(0.15);
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        style.style(plot);
        return style.chart(model.title(), plot, model.series().size() > 1, model.note());
    }

    /** Labels only the last non-empty segment of a bar, with the bar's total. */
    private static final class TotalAtEnd implements CategoryItemLabelGenerator {
        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return dataset.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            int total = 0;
            int last = -1;
            for (int r = 0; r < dataset.getRowCount(); r++) {
                Number value = dataset.getValue(r, column);
                if (value != null && value.intValue() > 0) {
                    total += value.intValue();
                    last = r;
                }
            }
            return row == last ? Formats.number(total) : null;
        }
    }
}

package io.sitrep.charts;

import io.sitrep.aggregate.Briefing;
import io.sitrep.aggregate.EntityStats;
import io.sitrep.analysis.Entity;
import io.sitrep.analysis.EntityType;
import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Co-mentions of the main actors (the most-mentioned people, organizations and countries) as a
 * heat map: each cell counts the sentences that name both, darker for more, with the count
 * written in the cell.
 */
final class CoMentionChart {

    static final int MAX_ACTORS = 8;
    static final int WIDTH = 480;
    static final int HEIGHT = 480;
    private static final int SHORT_NAME = 12;

    /** {@code counts} is symmetric, one row per actor in {@code names} order; the diagonal is 0. */
    record Model(String title, List<String> names, List<String> shortNames, List<List<Integer>> counts, int max,
                 String note) {
    }

    private record Pair(String a, String b, int count) {
    }

    private final ChartContext context;

    CoMentionChart(ChartContext context) {
        this.context = context;
    }

    List<ChartSpec> plan(Briefing briefing) {
        List<EntityStats> actors = briefing.entities().stream()
                .filter(stats -> stats.entity() != null && stats.mentions() > 0)
                .filter(stats -> stats.entity().type() != EntityType.PLACE)
                .sorted(Comparator.comparingInt(EntityStats::mentions).reversed()
                        .thenComparing(stats -> context.name(stats.entity())))
                .limit(MAX_ACTORS).toList();
        int n = actors.size();
        List<List<Integer>> counts = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        List<String> names = HorizontalBars.unique(actors.stream().map(stats -> context.name(stats.entity())).toList());
        int max = 0;
        for (int i = 0; i < n; i++) {
            List<Integer> row = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                int count = i == j ? 0 : count(actors.get(i), actors.get(j));
                row.add(count);
                max = Math.max(max, count);
                if (j > i && count > 0) {
                    pairs.add(new Pair(names.get(i), names.get(j), count));
                }
            }
            counts.add(row);
        }
        if (max == 0) {
            return List.of();
        }
        pairs.sort(Comparator.comparingInt(Pair::count).reversed());
        Set<String> articles = new HashSet<>(); // only for their outlets, which come back sorted
        actors.forEach(stats -> articles.addAll(stats.perArticle().keySet()));
        List<String> sources = context.sourcesOf(articles);
        String title = "Who is named together";
        String note = ChartContext.note(sources, context.asOf());
        List<String> shortNames = HorizontalBars.unique(actors.stream().map(stats -> shortName(stats.entity(),
                context.name(stats.entity()))).toList());
        Model model = new Model(title, names, shortNames, counts, max, note);
        String caption = "How often the " + n + " most-mentioned people, organizations and countries are named in "
                + "the same sentence: each cell counts the sentences that name both; darker means more.";
        DataTable.Builder table = DataTable.builder().text("actor", "Actor");
        names.forEach(name -> table.number(name, name));
        for (int i = 0; i < n; i++) {
            List<Object> row = new ArrayList<>();
            row.add(names.get(i));
            for (int j = 0; j < n; j++) {
                row.add(i == j ? null : counts.get(i).get(j));
            }
            table.row(row.toArray());
        }
        return List.of(ChartSpec.of(ChartKind.CO_MENTIONS, "co-mentions", title, caption, alt(pairs),
                context.asOf(), sources, table.build(), WIDTH, HEIGHT, note, model, this::draw));
    }

    /** Sentences naming both; the larger of the two directions if the statistics disagree. */
    private static int count(EntityStats a, EntityStats b) {
        return Math.max(get(a.coMentions(), b.entity().id()), get(b.coMentions(), a.entity().id()));
    }

    private static int get(Map<String, Integer> coMentions, String id) {
        Integer count = coMentions == null ? null : coMentions.get(id);
        return count == null ? 0 : count;
    }

    /** A name short enough for a rotated axis label: a person's surname, else initials of long names. */
    static String shortName(Entity entity, String name) {
        if (name.length() <= SHORT_NAME) {
            return name;
        }
        String[] words = name.split("\\s+");
        if (entity.type() == EntityType.PERSON && words.length > 1 && words[words.length - 1].length() <= SHORT_NAME) {
            return words[words.length - 1];
        }
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            String bare = word.replaceFirst("^(al|el|ad|as|ash|an)-", "");
            if (!bare.isEmpty() && Character.isLetter(bare.charAt(0)) && Character.isUpperCase(bare.charAt(0))) {
                initials.append(bare.charAt(0));
            }
        }
        return initials.length() >= 2 ? initials.toString() : name.substring(0, SHORT_NAME - 1) + "…";
    }

    private static String alt(List<Pair> pairs) {
        Pair top = pairs.get(0);
        StringBuilder text = new StringBuilder(top.a()).append(" and ").append(top.b())
                .append(" were named together most often (").append(Formats.count(top.count(), "sentence", "sentences"))
                .append(')');
        List<String> next = pairs.stream().skip(1).limit(2)
                .map(pair -> pair.a() + " with " + pair.b() + " (" + pair.count() + ")").toList();
        if (!next.isEmpty()) {
            text.append(", followed by ").append(Formats.list(next));
        }
        return text.append('.').toString();
    }

    private JFreeChart draw(Model model) {
        HouseStyle style = context.style();
        int n = model.names().size();
        DefaultXYZDataset data = new DefaultXYZDataset();
        List<double[]> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    cells.add(new double[] {j, n - 1 - i, model.counts().get(i).get(j)});
                }
            }
        }
        double[][] series = new double[3][cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            for (int k = 0; k < 3; k++) {
                series[k][c] = cells.get(c)[k];
            }
        }
        data.addSeries("Sentences naming both", series);
        StepScale scale = new StepScale(model.max());
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        SymbolAxis x = style.style(new SymbolAxis("Named in the same sentence as (sentences)",
                model.shortNames().toArray(new String[0])));
        x.setVerticalTickLabels(true);
        x.setGridBandsVisible(false);
        x.setRange(-0.5, n - 0.5);
        List<String> reversed = new ArrayList<>(model.names());
        java.util.Collections.reverse(reversed);
        SymbolAxis y = style.style(new SymbolAxis("", reversed.toArray(new String[0])));
        y.setGridBandsVisible(false);
        y.setRange(-0.5, n - 0.5);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        style.style(plot);
        plot.setRangeGridlinesVisible(false);
        for (double[] cell : cells) {
            int count = (int) cell[2];
            if (count > 0) {
                XYTextAnnotation label = new XYTextAnnotation(Formats.number(count), cell[0], cell[1]);
                label.setFont(style.font(HouseStyle.TICK_SIZE));
                label.setPaint(Palette.textOn(scale.color(count)));
                plot.addAnnotation(label);
            }
        }
        return style.chart(model.title(), plot, false, model.note());
    }

    /** Zero is the lightest blue; 1..max spread over the other steps of the sequential scale. */
    private static final class StepScale implements PaintScale {
        private final int max;

        StepScale(int max) {
            this.max = max;
        }

        Color color(double value) {
            if (!(value > 0)) {
                return Palette.sequential(0, Palette.sequentialSize());
            }
            int steps = Palette.sequentialSize() - 1;
            int step = max <= 1 ? steps : 1 + (int) Math.round((value - 1) * (steps - 1) / (max - 1));
            return Palette.sequential(Math.min(step, steps), Palette.sequentialSize());
        }

        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return max;
        }

        @Override
        public Paint getPaint(double value) {
            return color(value);
        }
    }
}

package io.sitrep.charts;

import io.sitrep.aggregate.Briefing;
import io.sitrep.aggregate.EntityStats;
import io.sitrep.analysis.Entity;
import io.sitrep.analysis.EntityType;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A map-like scatter of the mentioned places by longitude and latitude from the dictionary,
 * circles sized by mentions, labelled where labels fit. No tiles or borders: only a graticule.
 * Longitude is stretched by cos(latitude) so distances look right near the places shown.
 */
final class PlacesChart {

    static final int WIDTH = 480;
    static final int HEIGHT = 400;
    /** The plot's data area, roughly: the chart minus title, axes, legend and note. */
    private static final double AREA_WIDTH = 390;
    private static final double AREA_HEIGHT = 270;
    /** The largest extent shown, in degrees of latitude (about 3,300 km). */
    static final double MAX_SPAN_DEGREES = 30;

    record Place(String name, double lat, double lon, int mentions) {
    }

    record Model(String title, List<Place> places, double lonMin, double lonMax, double latMin, double latMax,
                 int maxMentions, String note) {
    }

    private final ChartContext context;

    PlacesChart(ChartContext context) {
        this.context = context;
    }

    List<ChartSpec> plan(Briefing briefing) {
        List<EntityStats> mentioned = briefing.entities().stream()
                .filter(stats -> stats.entity() != null && stats.entity().type() == EntityType.PLACE)
                .filter(stats -> stats.mentions() > 0).toList();
        List<EntityStats> located = mentioned.stream().filter(stats -> located(stats.entity()))
                .sorted(Comparator.comparingInt(EntityStats::mentions).reversed()
                        .thenComparing(stats -> context.name(stats.entity())))
                .toList();
        if (located.isEmpty()) {
            return List.of();
        }
        List<String> names = HorizontalBars.unique(located.stream().map(stats -> context.name(stats.entity())).toList());
        List<Place> all = new ArrayList<>();
        for (int i = 0; i < located.size(); i++) {
            Entity entity = located.get(i).entity();
            all.add(new Place(names.get(i), entity.lat(), entity.lon(), located.get(i).mentions()));
        }
        List<Place> places = region(all);
        List<String> faraway = all.stream().filter(place -> !places.contains(place)).map(Place::name).toList();
        Set<String> articles = new HashSet<>(); // only for their outlets, which come back sorted
        for (int i = 0; i < located.size(); i++) {
            if (places.contains(all.get(i))) {
                articles.addAll(located.get(i).perArticle().keySet());
            }
        }
        List<String> sources = context.sourcesOf(articles);
        String title = "Places mentioned";
        String note = ChartContext.note(sources, context.asOf());
        Model model = bounds(title, places, note);
        int unlocated = mentioned.size() - located.size();
        String caption = "Mentioned places at their longitude and latitude from the names dictionary; circle area "
                + "grows with the number of mentions. Not a map: no borders or terrain are drawn."
                + (unlocated > 0 ? " " + Formats.count(unlocated, "mentioned place has", "mentioned places have")
                + " no coordinates and " + (unlocated == 1 ? "is" : "are") + " not shown." : "")
                + (faraway.isEmpty() ? "" : " Too far from the others to show: " + Formats.list(faraway) + ".");
        String alt = TopEntitiesChart.ranking(names, places.stream().map(Place::mentions).toList(),
                "was mentioned most often", "were mentioned most often", "time", "times")
                + (places.size() > 1 ? " " + extent(places) : "");
        DataTable.Builder table = DataTable.builder().text("place", "Place").number("mentions", "Mentions")
                .number("lat", "Latitude").number("lon", "Longitude");
        places.forEach(place -> table.row(place.name(), place.mentions(), place.lat(), place.lon()));
        return List.of(ChartSpec.of(ChartKind.PLACES, "places", title, caption, alt, context.asOf(), sources,
                table.build(), WIDTH, HEIGHT, note, model, this::draw));
    }

    /**
     * The places around the most-mentioned one: nearest first, each kept while the box around
     * the kept places stays within {@value #MAX_SPAN_DEGREES} degrees each way (east-west
     * measured at their latitude), so one far capital does not shrink a local crisis to a dot.
     */
    static List<Place> region(List<Place> byMentions) {
        Place centre = byMentions.get(0);
        List<Place> nearestFirst = byMentions.stream()
                .sorted(Comparator.comparingDouble((Place place) -> distance(centre, place)))
                .toList();
        List<Place> kept = new ArrayList<>();
        for (Place place : nearestFirst) {
            List<Place> candidate = new ArrayList<>(kept);
            candidate.add(place);
            if (kept.isEmpty() || span(candidate) <= MAX_SPAN_DEGREES) {
                kept = candidate;
            }
        }
        List<Place> region = kept;
        return byMentions.stream().filter(region::contains).toList();
    }

    private static double distance(Place a, Place b) {
        double stretch = Math.cos(Math.toRadians((a.lat() + b.lat()) / 2));
        return Math.hypot((a.lon() - b.lon()) * stretch, a.lat() - b.lat());
    }

    private static double span(List<Place> places) {
        double latMin = places.stream().mapToDouble(Place::lat).min().orElse(0);
        double latMax = places.stream().mapToDouble(Place::lat).max().orElse(0);
        double lonMin = places.stream().mapToDouble(Place::lon).min().orElse(0);
        double lonMax = places.stream().mapToDouble(Place::lon).max().orElse(0);
        double stretch = Math.cos(Math.toRadians((latMin + latMax) / 2));
        return Math.max(latMax - latMin, (lonMax - lonMin) * stretch);
    }

    private static boolean located(Entity entity) {
        return entity.lat() != null && entity.lon() != null && Math.abs(entity.lat()) <= 90
                && Math.abs(entity.lon()) <= 180;
    }

    /** "The places shown span from Ankara in the west to Aleppo in the east and from ... ." */
    private static String extent(List<Place> places) {
        Place west = places.stream().min(Comparator.comparingDouble(Place::lon)).orElseThrow();
        Place east = places.stream().max(Comparator.comparingDouble(Place::lon)).orElseThrow();
        Place south = places.stream().min(Comparator.comparingDouble(Place::lat)).orElseThrow();
        Place north = places.stream().max(Comparator.comparingDouble(Place::lat)).orElseThrow();
        return Formats.count(places.size(), "place is", "places are") + " shown, from " + west.name()
                + " in the west to " + east.name() + " in the east and from " + south.name() + " in the south to "
                + north.name() + " in the north.";
    }

    /** Axis ranges that hold every place with a margin and keep the aspect of the ground. */
    private static Model bounds(String title, List<Place> places, String note) {
        double lonMin = places.stream().mapToDouble(Place::lon).min().orElse(0);
        double lonMax = places.stream().mapToDouble(Place::lon).max().orElse(0);
        double latMin = places.stream().mapToDouble(Place::lat).min().orElse(0);
        double latMax = places.stream().mapToDouble(Place::lat).max().orElse(0);
        double stretch = Math.max(0.2, Math.cos(Math.toRadians((latMin + latMax) / 2)));
        double lonSpan = Math.max(1.0, (lonMax - lonMin) * 1.3);
        double latSpan = Math.max(1.0, (latMax - latMin) * 1.3);
        double wanted = AREA_WIDTH / AREA_HEIGHT;
        if (lonSpan * stretch / latSpan < wanted) {
            lonSpan = latSpan * wanted / stretch;
        } else {
            latSpan = lonSpan * stretch / wanted;
        }
        double lonMid = (lonMin + lonMax) / 2;
        double latMid = (latMin + latMax) / 2;
        int max = places.stream().mapToInt(Place::mentions).max().orElse(1);
        return new Model(title, places, round(lonMid - lonSpan / 2), round(lonMid + lonSpan / 2),
                round(latMid - latSpan / 2), round(latMid + latSpan / 2), max, note);
    }

    /** Rounds to 1e-6 degrees, so the hash does not depend on floating-point noise. */
    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }

    /** Circle radius in user units: at least 3, the area growing with mentions. */
    static double radius(int mentions, int max) {
        return 3 + 9 * Math.sqrt((double) mentions / Math.max(1, max));
    }

    private JFreeChart draw(Model model) {
        HouseStyle style = context.style();
        XYSeries series = new XYSeries("Places", false, true);
        model.places().forEach(place -> series.add(place.lon(), place.lat()));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true) {
            @Override
            public Shape getItemShape(int row, int column) {
                double r = radius(model.places().get(column).mentions(), model.maxMentions());
                return new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
            }
        };
        renderer.setSeriesPaint(0, new Color(Palette.DARK.getRed(), Palette.DARK.getGreen(), Palette.DARK.getBlue(), 140));
        renderer.setUseFillPaint(false);
        renderer.setUseOutlinePaint(true);
        renderer.setDrawOutlines(true);
        renderer.setSeriesOutlinePaint(0, Palette.DARK);
        renderer.setSeriesOutlineStroke(0, new BasicStroke(1f));
        NumberAxis lon = degrees(style, "Longitude (degrees east)", model.lonMin(), model.lonMax());
        NumberAxis lat = degrees(style, "Latitude (degrees north)", model.latMin(), model.latMax());
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), lon, lat, renderer);
        style.style(plot);
        plot.setDomainGridlinesVisible(true);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.8f));
        plot.setOutlineVisible(true);
        plot.setOutlinePaint(Palette.GRID);
        plot.addAnnotation(new PlaceLabels(model.places().stream()
                .map(place -> new PlaceLabels.Label(place.name(), place.lon(), place.lat(),
                        radius(place.mentions(), model.maxMentions())))
                .toList(), style.font(HouseStyle.NOTE_SIZE)));
        return style.chart(model.title(), plot, false, model.note());
    }

    private static NumberAxis degrees(HouseStyle style, String label, double min, double max) {
        NumberAxis axis = style.style(new NumberAxis(label));
        axis.setStandardTickUnits(new NumberTickUnitSource(false, Formats.degrees()));
        axis.setNumberFormatOverride(Formats.degrees());
        axis.setAutoRange(false);
        axis.setRange(min, max);
        axis.setTickLabelInsets(new org.jfree.chart.ui.RectangleInsets(6, 6, 6, 6));
        return axis;
    }
}

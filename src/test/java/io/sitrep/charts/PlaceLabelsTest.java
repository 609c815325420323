package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class PlaceLabelsTest {

    private static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, 400, 300);

    private static Rectangle2D circle(double x, double y, double r) {
        return new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r);
    }

    @Test
    void aLoneLabelGoesRightOfItsCircle() {
        List<Rectangle2D> spots = PlaceLabels.layout(List.of(circle(100, 100, 5)), new double[] {40}, 12, AREA);
        assertThat(spots.get(0).getX()).isEqualTo(108.0);
        assertThat(spots.get(0).getCenterY()).isEqualTo(100.0);
    }

    @Test
    void aLabelAtTheRightEdgeGoesLeft() {
        List<Rectangle2D> spots = PlaceLabels.layout(List.of(circle(390, 100, 5)), new double[] {40}, 12, AREA);
        assertThat(spots.get(0).getMaxX()).isLessThan(390);
    }

    @Test
    void labelsNeverOverlapEachOtherOrOtherCircles() {
        List<Rectangle2D> circles = List.of(circle(100, 100, 10), circle(112, 104, 4), circle(96, 112, 4),
                circle(108, 90, 4), circle(300, 200, 3));
        List<Rectangle2D> spots = PlaceLabels.layout(circles, new double[] {30, 50, 60, 70, 20}, 12, AREA);
        List<Rectangle2D> placed = spots.stream().filter(Objects::nonNull).toList();
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertThat(placed.get(i).intersects(placed.get(j))).isFalse();
            }
        }
        for (int i = 0; i < spots.size(); i++) {
            for (int c = 0; c < circles.size(); c++) {
                if (spots.get(i) != null && c != i) {
                    assertThat(spots.get(i).intersects(circles.get(c))).isFalse();
                }
            }
        }
        assertThat(spots.get(0)).isNotNull();
        assertThat(spots.get(4)).isNotNull();
    }

    @Test
    void aLabelThatFitsNowhereIsLeftOut() {
        Rectangle2D tiny = new Rectangle2D.Double(0, 0, 30, 30);
        assertThat(PlaceLabels.layout(List.of(circle(15, 15, 5)), new double[] {100}, 12, tiny)).containsExactly(
                (Rectangle2D) null);
    }
}

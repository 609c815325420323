package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void categoricalColoursAreOkabeItoAndDistinct() {
        Set<Color> colours = new HashSet<>();
        for (int i = 0; i < Palette.categoricalSize(); i++) {
            colours.add(Palette.categorical(i));
        }
        assertThat(colours).hasSize(8).contains(new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00));
        assertThat(Palette.categorical(8)).isEqualTo(Palette.categorical(0));
    }

    @Test
    void everySeriesIndexGetsItsOwnMarkerAndDash() {
        Set<String> shapes = new HashSet<>();
        Set<String> dashes = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            shapes.add(Palette.marker(i, 10).getBounds2D().toString() + Palette.marker(i, 10).getClass());
            float[] dash = ((BasicStroke) Palette.line(i, 2f)).getDashArray();
            dashes.add(dash == null ? "solid" : java.util.Arrays.toString(dash));
        }
        assertThat(shapes).hasSize(6);
        assertThat(dashes).hasSize(6);
    }

    @Test
    void darkAndLightTonesDifferInGrey() {
        assertThat(grey(Palette.DARK)).isLessThan(grey(Palette.LIGHT) - 0.2);
    }

    @Test
    void sequentialScaleGetsDarkerStepByStep() {
        double previous = 2;
        for (int step = 0; step < Palette.sequentialSize(); step++) {
            double grey = grey(Palette.sequential(step, Palette.sequentialSize()));
            assertThat(grey).isLessThan(previous);
            previous = grey;
        }
    }

    @Test
    void textOnDarkIsWhiteAndOnLightIsDark() {
        assertThat(Palette.textOn(Palette.sequential(8, 9))).isEqualTo(Color.WHITE);
        assertThat(Palette.textOn(Palette.sequential(0, 9))).isEqualTo(Palette.TEXT);
    }

    private static double grey(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255.0;
    }
}

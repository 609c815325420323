package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DrawingTest {

    @Test
    void comparesByContentAndCopiesThePng() {
        byte[] png = {1, 2, 3};
        Drawing drawing = new Drawing("<svg/>", png);
        png[0] = 0;
        assertThat(drawing.png()).containsExactly(1, 2, 3);
        assertThat(drawing).isEqualTo(new Drawing("<svg/>", new byte[] {1, 2, 3}))
                .hasSameHashCodeAs(new Drawing("<svg/>", new byte[] {1, 2, 3}));
        assertThat(drawing.toString()).contains("3 bytes");
    }
}

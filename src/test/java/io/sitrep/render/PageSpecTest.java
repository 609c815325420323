package io.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageSpecTest {

    @Test
    void rootIsOneStepUpPerFolder() {
        assertThat(PageSpec.rootOf("index.html")).isEmpty();
        assertThat(PageSpec.rootOf("people/erdogan.html")).isEqualTo("../");
        assertThat(PageSpec.rootOf("a/b/c.html")).isEqualTo("../../");
        assertThat(PageSpec.of("x.ftlh", "tags/idlib.html", "Idlib", "tags", "model").frame().root()).isEqualTo("../");
    }
}

package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryChartCacheTest {

    private static final String HASH = "a".repeat(64);

    @Test
    void aNewCacheOnTheSameFolderFindsEarlierDrawings(@TempDir Path folder) {
        new DirectoryChartCache(folder.resolve("charts")).store(HASH, new Drawing("<svg>é</svg>", new byte[] {7, 8}));
        DirectoryChartCache later = new DirectoryChartCache(folder.resolve("charts"));
        assertThat(later.find(HASH)).contains(new Drawing("<svg>é</svg>", new byte[] {7, 8}));
        assertThat(later.find("b".repeat(64))).isEmpty();
    }

    @Test
    void leavesNoTemporaryFiles(@TempDir Path folder) throws Exception {
        new DirectoryChartCache(folder).store(HASH, new Drawing("<svg/>", new byte[] {1}));
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder(HASH + ".svg", HASH + ".png");
        }
    }

    @Test
    void aHalfEntryIsMissing(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve(HASH + ".svg"), "<svg/>");
        assertThat(new DirectoryChartCache(folder).find(HASH)).isEmpty();
    }

    @Test
    void onlyHashesNameFiles(@TempDir Path folder) {
        DirectoryChartCache cache = new DirectoryChartCache(folder);
        assertThat(cache.find("../etc/passwd")).isEmpty();
        assertThatThrownBy(() -> cache.store("../x", new Drawing("", new byte[0])))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

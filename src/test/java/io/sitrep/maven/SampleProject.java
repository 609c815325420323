package io.sitrep.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A throwaway project folder for the plugin's tests: two of the repository's articles and its briefing settings. */
final class SampleProject {

    static final String BAD_ARTICLE = "---\ntitle: \"No date here\"\nsource: \"Nowhere\"\n---\n\nText.\n";

    private SampleProject() {
    }

    /** Creates {@code dir/content} with {@code briefing.yaml} and the first two articles of {@code content/articles}. */
    static Path create(Path dir) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("content/articles"));
        Path repoContent = Path.of("content");
        Files.copy(repoContent.resolve("briefing.yaml"), dir.resolve("content/briefing.yaml"));
        try (Stream<Path> seeds = Files.list(repoContent.resolve("articles"))) {
            seeds.filter(p -> p.toString().endsWith(".md")).sorted().limit(2).forEach(p -> {
                try {
                    Files.copy(p, articles.resolve(p.getFileName()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return dir;
    }

    /** Adds an article without its required {@code date}. */
    static Path addBadArticle(Path project) throws IOException {
        return Files.writeString(project.resolve("content/articles/bad.md"), BAD_ARTICLE);
    }
}

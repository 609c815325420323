package io.sitrep.cli;

import io.sitrep.corpus.CorpusGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep corpus}: a synthetic content folder of N articles for benchmarks, recombined
 * from the articles of {@code --from}, with its settings files (briefing, names dictionary,
 * figure rules) copied, so {@code sitrep build --content OUT} builds it.
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Write N synthetic articles (for benchmarks) into a new content folder.")
final class CorpusCommand implements Callable<Integer> {

    private static final List<String> SETTINGS = List.of("briefing.yaml", "entities.yaml", "figure-rules.yaml");

    @Option(names = "--articles", paramLabel = "N", required = true, description = "number of articles")
    int articles;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "folder to write (must not exist or be empty)")
    Path out;

    @Option(names = "--seed", paramLabel = "S", description = "seed; the same seed gives the same articles (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--from", paramLabel = "DIR", description = "content folder to recombine (default: ${DEFAULT-VALUE})")
    Path from = Path.of("content");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (articles < 1) {
            err.println("--articles must be at least 1");
            err.flush();
            return Main.USAGE;
        }
        try {
            if (Files.isDirectory(this.out)) {
                try (var list = Files.list(this.out)) {
                    if (list.findAny().isPresent()) {
                        err.println(this.out + " is not empty; give a new folder");
                        err.flush();
                        return Main.USAGE;
                    }
                }
            }
            CorpusGenerator generator = new CorpusGenerator(CorpusGenerator.poolOf(from.resolve("articles")), seed);
            long bytes = 0;
            for (int i = 0; i < articles; i++) {
                CorpusGenerator.GeneratedArticle a = generator.article(i);
                Path file = this.out.resolve(a.path());
                Files.createDirectories(file.getParent());
                byte[] data = a.text().getBytes(StandardCharsets.UTF_8);
                Files.write(file, data);
                bytes += data.length;
            }
            for (String name : SETTINGS) {
                if (Files.isRegularFile(from.resolve(name))) {
                    Files.copy(from.resolve(name), this.out.resolve(name));
                }
            }
            out.printf(Locale.ROOT, "wrote %d articles (%d KiB) to %s%n", articles, bytes / 1024, this.out);
            out.flush();
            return Main.OK;
        } catch (IOException | IllegalArgumentException e) {
            err.println("cannot write the corpus: " + e.getMessage());
            err.flush();
            return Main.FAILED;
        }
    }
}

package io.sitrep.cli;

import io.sitrep.importer.ArticleImporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep import}: plain-text or HTML articles into the content folder. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Turn plain-text or HTML articles into content/articles/<date>-<slug>.md with front matter.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file imported", "1:a file could not be imported (the others were)", "2:bad usage"})
final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the articles: .html/.htm pages or plain text")
    List<Path> files;

    @Option(names = "--source", required = true, paramLabel = "NAME", description = "the outlet")
    String source;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "publication date (default: from the page's metadata)")
    LocalDate date;

    @Option(names = "--url", paramLabel = "URL", description = "address of the original")
    String url;

    @Option(names = "--title", paramLabel = "TEXT", description = "headline (default: <h1>, <title> or the first line)")
    String title;

    @Option(names = "--content", paramLabel = "DIR", description = "content folder (default: ${DEFAULT-VALUE})")
    Path content = Path.of("content");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(content)) {
            err.println(content + ": content folder does not exist; pass --content DIR");
            err.flush();
            return Main.USAGE;
        }
        if (url != null && !UsageChecks.isWebAddress(url)) {
            err.println("--url: '" + url + "' is not an http(s) address");
            err.flush();
            return Main.USAGE;
        }
        ArticleImporter importer = new ArticleImporter();
        ArticleImporter.Options options = new ArticleImporter.Options(source, date, url, title);
        int failed = 0;
        for (Path file : files) {
            try {
                Path written = importer.importFile(file, content.resolve("articles"), options);
                out.println(written);
            } catch (ArticleImporter.ImportException e) {
                err.println(e.getMessage());
                failed++;
            } catch (IOException e) {
                err.println(file + ": cannot be read: " + e.getMessage());
                failed++;
            }
        }
        out.flush();
        err.flush();
        return failed == 0 ? Main.OK : Main.FAILED;
    }
}

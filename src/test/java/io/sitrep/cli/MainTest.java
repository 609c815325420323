package io.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.publish.StagedSite;
import io.sitrep.publish.TreeSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, with the project's templates and content built in a temporary folder. */
class MainTest {

    private static final String ARTICLE = "---\ntitle: \"%s\"\ndate: %s\nsource: Reuters\n---\n\nTurkey said 14 soldiers were killed.\n";

    @TempDir
    Path parent;

    private Path content;
    private Path out;
    private String stdout;
    private String stderr;

    @BeforeEach
    void content() throws IOException {
        content = parent.resolve("content");
        out = parent.resolve("site");
        article("2020-02-05-first.md", String.format(ARTICLE, "First", "2020-02-05"));
        article("2020-02-06-second.md", String.format(ARTICLE, "Second", "2020-02-06"));
    }

    private void article(String name, String text) throws IOException {
        Path f = content.resolve("articles").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), args);
        stdout = o.toString();
        stderr = e.toString();
        return code;
    }

    private int build(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--content", content.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    private List<String> errLines() {
        return stderr.lines().toList();
    }

    /** The whole parent folder: sources, output and anything a build might write next to them. */
    private SortedMap<String, String> everything() throws IOException {
        SortedMap<String, String> s = TreeSnapshot.of(parent);
        s.computeIfPresent("site/.sitrep/staging", (k, v) -> "dir"); // its own time is sitrep's business
        return s;
    }

    @Test
    void buildsAndSaysWhatItDidInOneLine() {
        assertThat(build()).as(stderr).isZero();
        assertThat(stderr).isEmpty();
        assertThat(stdout).matches("2 articles → [1-9][0-9]* pages, [1-9][0-9]* files \\([1-9][0-9]* written\\) in [0-9]+\\.[0-9] s\\R");
        assertThat(out.resolve("articles/2020-02-05-first.html")).exists();
        assertThat(StagedSite.manifestOf(out)).containsKey("index.html");
    }

    @Test
    void aSecondIdenticalBuildWritesNothing() throws IOException {
        assertThat(build()).isZero();
        TreeSnapshot.age(out);
        SortedMap<String, String> before = TreeSnapshot.of(parent);
        assertThat(build()).isZero();
        assertThat(stdout).contains("(nothing changed)");
        assertThat(TreeSnapshot.of(parent)).isEqualTo(before);
    }

    @Test
    void contentErrorsListEveryProblemExitOneAndLeaveThePreviousSite() throws IOException {
        assertThat(build()).isZero();
        TreeSnapshot.age(parent);
        article("2020-02-07-bad.md", "---\ntitle: T\ndate: 2020-02-30\nsource: S\nslug: ../up\n---\n");
        article("empty.md", "");
        Files.write(content.resolve("articles/latin.md"), new byte[] {'-', '-', '-', '\n', 't', ':', ' ', (byte) 0xE9});
        SortedMap<String, String> before = everything();

        assertThat(build()).isEqualTo(1);
        String bad = content.resolve("articles/2020-02-07-bad.md").toString();
        assertThat(errLines()).containsExactly(
                bad + ":3:7: date '2020-02-30' is not a real date; write it as YYYY-MM-DD (for example 2020-02-05) or an ISO 8601 date-time",
                bad + ":5:7: slug '../up' may only hold a-z, 0-9 and '-'; for example: slug: up",
                content.resolve("articles/empty.md") + ":1:1: is empty; an article needs front matter (title, date, source between '---' lines) and a body",
                content.resolve("articles/latin.md") + ":2:4: is not UTF-8 (byte 0xE9 at byte offset 7); save the file as UTF-8 (in most editors: Save with encoding, UTF-8)",
                "4 problems; the output folder was not changed");
        assertThat(stdout).isEmpty();
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aTemplateErrorNamesTheTemplateAndLineAndLeavesThePreviousSite() throws IOException {
        Path templates = copyOfTemplates();
        assertThat(build("--templates", templates.toString())).as(stderr).isZero();
        TreeSnapshot.age(parent);
        Path article = templates.resolve("article.ftlh");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(article));
        lines.add(2, "<p>${page.noSuchThing.either}</p>"); // page exists in every model, its key does not
        Files.write(article, lines);
        SortedMap<String, String> before = everything();

        assertThat(build("--templates", templates.toString())).isEqualTo(1);
        assertThat(errLines().get(0)).startsWith(article + ":3:");
        assertThat(errLines().get(0)).contains("page.noSuchThing");
        assertThat(errLines().get(1)).isEqualTo("1 problem; the output folder was not changed");
        assertThat(everything()).isEqualTo(before);

        lines.set(2, "<#if article>");
        Files.write(article, lines);
        before.keySet().removeIf(k -> k.startsWith("templates"));
        assertThat(build("--templates", templates.toString())).isEqualTo(1);
        assertThat(errLines().get(0)).startsWith(article + ":");
        SortedMap<String, String> after = everything();
        after.keySet().removeIf(k -> k.startsWith("templates"));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void runningOutOfMemorySaysHowToGiveMoreInOneLineExitsOneAndLeavesThePreviousSite() throws IOException {
        Path templates = copyOfTemplates();
        assertThat(build("--templates", templates.toString())).as(stderr).isZero();
        TreeSnapshot.age(parent);
        // a real OutOfMemoryError on a page thread, at once and whatever the heap: an array past the VM's limit
        Files.writeString(templates.resolve("404.ftlh"), "${\"x\"?left_pad(2147483646)}\n");
        SortedMap<String, String> before = published();

        assertThat(build("--templates", templates.toString())).isEqualTo(1);
        assertThat(errLines()).hasSize(1);
        assertThat(errLines().get(0)).startsWith("error: out of memory (Requested array size exceeds VM limit) with a heap of ")
                .matches(".*; give sitrep more with SITREP_JAVA_OPTS=-Xmx\\d+g");
        assertThat(stdout).isEmpty();
        assertThat(published()).isEqualTo(before);
    }

    /** The output folder but what is being staged (threads of a failed build may still be finishing there). */
    private SortedMap<String, String> published() throws IOException {
        return TreeSnapshot.of(out, k -> !k.startsWith(".sitrep/staging"));
    }

    private Path copyOfTemplates() throws IOException {
        Path from = Path.of("templates");
        Path to = parent.resolve("templates");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        assertThat(run("build", "--bogus")).isEqualTo(2);
        assertThat(errLines()).containsExactly("Unknown option: '--bogus'", "Try 'sitrep build --help' for more information.");
        assertThat(run()).isEqualTo(2);
        assertThat(errLines().get(0)).isEqualTo("Missing command: give 'build' or 'check'");
        assertThat(run("publish")).isEqualTo(2);
        assertThat(run("build", "--content")).isEqualTo(2);

        Path missing = parent.resolve("nope");
        assertThat(run("build", "--content", missing.toString(), "--out", out.toString())).isEqualTo(2);
        assertThat(errLines()).containsExactly(missing + ":1:1: content folder does not exist; pass --content DIR,"
                + " or run sitrep in the folder that holds content/", "1 problem; nothing was built");
        assertThat(build("--base-url", "example.org")).isEqualTo(2);
        assertThat(errLines().get(0)).isEqualTo("--base-url:1:1: 'example.org' is not an http(s) address;"
                + " give the address the site is published at, such as https://example.org/briefing/");
        assertThat(TreeSnapshot.of(parent)).doesNotContainKey("site");
    }

    @Test
    void helpExitsZero() {
        assertThat(run("build", "--help")).isZero();
        assertThat(stdout).contains("--content=DIR", "--templates=DIR", "--out=DIR", "--base-url=URL", "--drafts", "--force",
                "Exit codes:");
        assertThat(run("--help")).isZero();
        assertThat(stdout).contains("build", "check");
    }

    @Test
    void anOutputFolderThatIsTheContentFolderOrAParentOfItIsRefused() throws IOException {
        SortedMap<String, String> before = everything();
        assertThat(run("build", "--content", content.toString(), "--out", content.toString())).isEqualTo(2);
        assertThat(errLines().get(0)).startsWith(content + ":1:1: output folder is the content folder");
        assertThat(run("build", "--content", content.toString(), "--out", parent.toString(), "--force")).isEqualTo(2);
        assertThat(errLines().get(0)).startsWith(parent + ":1:1: output folder holds the content folder");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aFolderSitrepDidNotWriteNeedsForce() throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("README.txt"), "mine");
        SortedMap<String, String> before = everything();
        assertThat(build()).isEqualTo(2);
        assertThat(errLines().get(0)).isEqualTo(out + ":1:1: output folder holds files that sitrep did not write;"
                + " choose an empty or new folder with --out, or pass --force to build into it anyway"
                + " (its files are kept, files with the names of site files are replaced)");
        assertThat(everything()).isEqualTo(before);

        assertThat(build("--force")).isZero();
        assertThat(out.resolve("index.html")).exists();
        assertThat(Files.readString(out.resolve("README.txt"))).isEqualTo("mine");
        assertThat(build()).as("the manifest marks the folder as sitrep's now").isZero();
    }

    @Test
    void twoBuildsAtOnce() throws Exception {
        try (StagedSite other = StagedSite.open(out, false, false)) {
            assertThat(build()).isEqualTo(1);
            assertThat(errLines().get(0)).isEqualTo(out + ":1:1: another sitrep build is writing into this folder;"
                    + " wait for it to finish and run again");
        }
    }

    @Test
    void anOutputFolderThatCannotBeCreated() throws IOException {
        Path file = Files.writeString(parent.resolve("a-file"), "x");
        assertThat(run("build", "--content", content.toString(), "--out", file.resolve("site").toString())).isEqualTo(1);
        assertThat(errLines().get(0)).startsWith(file.resolve("site") + ":1:1: cannot write into the output folder: ");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void checkWritesNothing() throws IOException {
        SortedMap<String, String> before = everything();
        assertThat(run("check", "--content", content.toString(), "--out", out.toString())).isZero();
        assertThat(stdout).matches("2 articles checked, no problems in [0-9]+\\.[0-9] s\\R");
        article("bad.md", "---\ntitle: T\n---\n");
        before = everything();
        assertThat(run("check", "--content", content.toString())).isEqualTo(1);
        assertThat(errLines()).last().isEqualTo("2 problems; nothing was written");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void warningsAreShownButDoNotFailTheBuild() throws IOException {
        article("2020-02-08-extra.md", String.format(ARTICLE, "Extra", "2020-02-08").replace("source: Reuters",
                "source: Reuters\ncategories: [war]"));
        assertThat(build()).isZero();
        assertThat(errLines()).containsExactly(content.resolve("articles/2020-02-08-extra.md")
                + ":5:1: warning: front matter key 'categories' is not used by sitrep; known keys are author, caption,"
                + " date, draft, image, language, slug, source, summary, tags, title, url");
        assertThat(stdout).startsWith("3 articles → ").contains(", 1 warning");
    }
}

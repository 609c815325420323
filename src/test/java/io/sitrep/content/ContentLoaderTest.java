package io.sitrep.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    private static final String GOOD = "---\ntitle: \"A title\"\ndate: 2020-02-05\nsource: Reuters\n---\n\nTurkey said *eight* soldiers died.\n";

    @TempDir
    Path content;

    private final ContentLoader loader = new ContentLoader(new Markdown());

    private Path article(String name, String text) throws IOException {
        return article(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path article(String name, byte[] bytes) throws IOException {
        Path file = content.resolve("articles").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    /** "file:line:col: message" of every problem of a failed load. */
    private List<String> problems() {
        ContentException e = catchThrowableOfType(ContentException.class, () -> loader.load(content, false));
        assertThat(e).as("the load should fail").isNotNull();
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.hint()).isNotBlank());
        return e.problems().stream().map(p -> p.file() + ":" + p.line() + ":" + p.column() + ": " + p.message()).toList();
    }

    private String at(String name) {
        return content.resolve("articles").resolve(name).toString();
    }

    @Test
    void loadsAGoodArticle() throws Exception {
        article("2020-02-05-Erdoğan’s Move.md", GOOD);
        Content c = loader.load(content, false);
        assertThat(c.articles()).hasSize(1);
        Article a = c.articles().get(0);
        assertThat(a.slug()).isEqualTo("2020-02-05-erdogans-move");
        assertThat(a.path()).isEqualTo("articles/2020-02-05-Erdoğan’s Move.md");
        assertThat(a.meta().title()).isEqualTo("A title");
        assertThat(a.body()).isEqualTo("\nTurkey said *eight* soldiers died.\n");
        assertThat(a.text().text()).isEqualTo("Turkey said eight soldiers died.");
        assertThat(a.words()).isEqualTo(5);
        assertThat(a.sha256()).hasSize(64);
    }

    @Test
    void draftsAreLeftOutUnlessAskedAndArticlesSortNewestFirst() throws Exception {
        article("a.md", GOOD);
        article("b.md", GOOD.replace("2020-02-05", "2020-02-07"));
        article("c.md", GOOD.replace("source: Reuters", "source: Reuters\ndraft: true"));
        assertThat(loader.load(content, false).articles()).extracting(Article::slug).containsExactly("b", "a");
        assertThat(loader.load(content, true).articles()).extracting(Article::slug).containsExactly("b", "a", "c");
    }

    @Test
    void aMissingContentFolder() {
        Path missing = content.resolve("nope");
        ContentException e = catchThrowableOfType(ContentException.class, () -> loader.load(missing, false));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(missing
                + ":1:1: content folder does not exist; pass --content DIR, or run sitrep in the folder that holds content/");
    }

    @Test
    void anEmptyFile() throws Exception {
        article("empty.md", "");
        article("blank.md", "  \n\n");
        assertThat(problems()).containsExactly(at("blank.md") + ":1:1: is empty", at("empty.md") + ":1:1: is empty");
    }

    @Test
    void bytesThatAreNotUtf8() throws Exception {
        byte[] latin1 = "---\ntitle: café\n".getBytes(StandardCharsets.ISO_8859_1);
        article("latin1.md", latin1);
        assertThat(problems()).containsExactly(at("latin1.md") + ":2:11: is not UTF-8 (byte 0xE9 at byte offset 14)");
    }

    @Test
    void aBinaryFile() throws Exception {
        article("photo.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        assertThat(problems()).containsExactly(at("photo.md") + ":1:1: is a binary file, not a Markdown article");
    }

    @Test
    void noOrUnclosedFrontMatter() throws Exception {
        article("none.md", "Just text.\n");
        article("open.md", "---\ntitle: T\n\nBody without a closing line.\n");
        assertThat(problems()).containsExactly(
                at("none.md") + ":1:1: has no front matter",
                at("open.md") + ":1:1: front matter is not closed");
    }

    @Test
    void aDuplicateSlugIsReportedAtTheSecondSlugValue() throws Exception {
        article("a.md", GOOD.replace("source: Reuters", "source: Reuters\nslug: same"));
        article("b.md", GOOD.replace("source: Reuters", "source: Reuters\nslug: same"));
        assertThat(problems()).containsExactly(at("b.md") + ":5:7: slug 'same' is already used by " + at("a.md"));
    }

    @Test
    void aDuplicateSlugFromFileNamesInTwoFolders() throws Exception {
        article("a.md", GOOD);
        article("sub/a.md", GOOD);
        assertThat(problems()).containsExactly(
                at("sub/a.md") + ":1:1: slug 'a' (from the file name) is already used by " + at("a.md"));
    }

    @Test
    void everyProblemOfEveryFileInOneRunSortedByFileAndLine() throws Exception {
        article("a.md", "---\ntitle: T\ndate: 2020-13-01\nsource: S\nslug: A/B\n---\n");
        article("b.md", "");
        article("c.md", GOOD);
        article("d.md", "---\ntitle: [x]\n---\n");
        assertThat(problems()).containsExactly(
                at("a.md") + ":3:7: date '2020-13-01' is not a real date",
                at("a.md") + ":5:7: slug 'A/B' may only hold a-z, 0-9 and '-'",
                at("b.md") + ":1:1: is empty",
                at("d.md") + ":2:1: front matter has no 'date'",
                at("d.md") + ":2:1: front matter has no 'source'",
                at("d.md") + ":2:8: 'title' must be a single value, not a list");
    }

    @Test
    void windowsLineEndingsKeepPositions() throws Exception {
        article("crlf.md", "---\r\ntitle: T\r\ndate: 2020-02-31\r\nsource: S\r\n---\r\nBody.\r\n");
        assertThat(problems()).containsExactly(at("crlf.md") + ":3:7: date '2020-02-31' is not a real date");
    }

    @Test
    void unusedKeysAreWarningsThatDoNotStopTheLoad() throws Exception {
        article("a.md", GOOD.replace("source: Reuters", "source: Reuters\nweight: 3"));
        List<Problem> warnings = new ArrayList<>();
        assertThat(loader.load(content, false, warnings).articles()).hasSize(1);
        assertThat(warnings).extracting(Problem::toString).containsExactly(at("a.md")
                + ":5:1: front matter key 'weight' is not used by sitrep; known keys are author, caption, date, draft,"
                + " image, language, slug, source, summary, tags, title, url");
    }

    @Test
    void aSymlinkOutOfTheContentFolderIsRefused(@TempDir Path elsewhere) throws Exception {
        Path outside = Files.writeString(elsewhere.resolve("secret.md"), GOOD);
        Files.createDirectories(content.resolve("articles"));
        Files.createSymbolicLink(content.resolve("articles/linked.md"), outside);
        Files.createSymbolicLink(content.resolve("articles/folder"), elsewhere);
        assertThat(problems()).containsExactly(
                at("folder") + ":1:1: is a link to " + elsewhere.toRealPath() + ", outside the content folder",
                at("linked.md") + ":1:1: is a link to " + outside.toRealPath() + ", outside the content folder");
    }

    @Test
    void aSymlinkInsideTheContentFolderIsFollowedAndABrokenOneReported() throws Exception {
        Path real = Files.writeString(Files.createDirectories(content.resolve("drafts")).resolve("x.md"), GOOD);
        Files.createDirectories(content.resolve("articles"));
        Files.createSymbolicLink(content.resolve("articles/x.md"), real);
        assertThat(loader.load(content, false).articles()).extracting(Article::slug).containsExactly("x");
        Files.createSymbolicLink(content.resolve("articles/gone.md"), content.resolve("missing.md"));
        assertThat(problems()).containsExactly(
                at("gone.md") + ":1:1: is a link to " + content.resolve("missing.md") + ", which does not exist");
    }

    @Test
    void hiddenFilesAndOtherExtensionsAreIgnored() throws Exception {
        article("a.md", GOOD);
        article(".#a.md", "lock file of an editor");
        article("notes.txt", "");
        article("image.png", new byte[] {0, 1, 2});
        assertThat(loader.load(content, false).articles()).extracting(Article::slug).containsExactly("a");
    }

    @Test
    void aByteOrderMarkIsNotContent() throws Exception {
        article("bom.md", "\uFEFF" + GOOD);
        Article a = loader.load(content, false).articles().get(0);
        assertThat(a.meta().title()).isEqualTo("A title");
        assertThat(a.source().charAt(0)).isEqualTo(' ');
    }

    @Test
    void brokenBriefingYaml() throws Exception {
        article("a.md", GOOD);
        Files.writeString(content.resolve("briefing.yaml"), "title: x\nperiod:\n  from: 2020-02-30\n");
        assertThat(problems()).containsExactly(content.resolve("briefing.yaml")
                + ":3:9: period.from '2020-02-30' is not a real date");
        Files.writeString(content.resolve("briefing.yaml"), "title: \"x\n");
        assertThat(problems()).hasSize(1).allSatisfy(p -> assertThat(p)
                .startsWith(content.resolve("briefing.yaml") + ":1:8: the file is not valid YAML"));
    }

    @Test
    void findsTheFirstNodeBeyondTheNestingLimitInDocumentOrder() {
        Markdown markdown = new Markdown();
        com.vladsch.flexmark.util.ast.Document doc = markdown.parse("> a\n\n> > b\n\n> > > c\n\n> > > > d\n");

        com.vladsch.flexmark.util.ast.Node deepest = ContentLoader.firstBeyond(doc, 3);
        assertThat(deepest).isNotNull();
        assertThat(deepest.getChars().toString()).isEqualTo("b"); // quote, quote, paragraph, then its text
        assertThat(ContentLoader.firstBeyond(doc, 8)).isNull();
        assertThat(ContentLoader.firstBeyond(markdown.parse(""), 1)).isNull();
    }

    @Test
    void countsWords() {
        assertThat(ContentLoader.countWords("Turkey’s 5,000 troops—well-armed—arrived.")).isEqualTo(5);
        assertThat(ContentLoader.countWords("")).isZero();
        assertThat(ContentLoader.countWords("Çavuşoğlu and Лавров met 3.5 km away, 'twas ١٢٣")).isEqualTo(9);
    }
}

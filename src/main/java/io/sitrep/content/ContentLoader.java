package io.sitrep.content;

import com.vladsch.flexmark.util.ast.Document;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads a content folder: {@code briefing.yaml}, and every {@code articles/**}{@code /*.md},
 * validated. All problems of all files are collected and thrown together.
 */
public final class ContentLoader {

    /** Articles above this size are refused: no news article is near it, and it bounds memory. */
    public static final long MAX_ARTICLE_BYTES = 2L * 1024 * 1024;

    private final Markdown markdown;
    private final FrontMatterReader frontMatter = new FrontMatterReader();

    public ContentLoader(Markdown markdown) {
        this.markdown = markdown;
    }

    public Content load(Path root, boolean drafts) throws ContentException {
        List<Problem> problems = new ArrayList<>();
        Path contentRoot = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(contentRoot)) {
            throw new ContentException(List.of(new Problem(root.toString(), 1, 1,
                    "content folder does not exist", "pass --content DIR or create content/articles/")));
        }
        BriefingConfig config = new BriefingConfigReader().read(contentRoot.resolve("briefing.yaml"),
                display(contentRoot, contentRoot.resolve("briefing.yaml")), problems);
        List<Article> articles = new ArrayList<>();
        for (Path file : articleFiles(contentRoot, problems)) {
            loadArticle(contentRoot, file, problems).ifPresent(articles::add);
        }
        checkUniqueSlugs(contentRoot, articles, problems);
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        List<Article> published = articles.stream()
                .filter(a -> drafts || !a.meta().draft())
                .sorted(Comparator.comparing((Article a) -> a.meta().date()).reversed()
                        .thenComparing(Article::slug))
                .toList();
        return new Content(contentRoot, config, published, contentRoot.resolve("entities.yaml"));
    }

    /** Markdown files under {@code articles/}, sorted; links that leave the folder are refused. */
    private List<Path> articleFiles(Path root, List<Problem> problems) throws ContentException {
        Path dir = root.resolve("articles");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!(name.endsWith(".md") || name.endsWith(".markdown")) || Files.isDirectory(p)) {
                    continue;
                }
                if (Files.isSymbolicLink(p) || !p.toRealPath().startsWith(root.toRealPath())) {
                    Path real = p.toRealPath();
                    if (!real.startsWith(root.toRealPath())) {
                        problems.add(new Problem(display(root, p), 1, 1,
                                "is a link to a file outside the content folder",
                                "copy the article into content/articles/ instead of linking to it"));
                        continue;
                    }
                }
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new ContentException(List.of(new Problem(display(root, dir), 1, 1,
                    "cannot list articles: " + e.getMessage(), "check the folder's permissions")));
        }
        return files;
    }

    private Optional<Article> loadArticle(Path root, Path file, List<Problem> problems) {
        String name = display(root, file);
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_ARTICLE_BYTES) {
                problems.add(new Problem(name, 1, 1, "is larger than " + MAX_ARTICLE_BYTES / 1024 / 1024
                        + " MiB", "split it, or check that it is really an article"));
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(new Problem(name, 1, 1, "cannot be read: " + e.getMessage(), "check its permissions"));
            return Optional.empty();
        }
        String source = decodeUtf8(name, bytes, problems);
        if (source == null) {
            return Optional.empty();
        }
        if (source.startsWith("\uFEFF")) {
            source = " " + source.substring(1); // keep offsets; the BOM is not content
        }
        if (source.isBlank()) {
            problems.add(new Problem(name, 1, 1, "is empty",
                    "an article needs front matter (title, date, source) and a body"));
            return Optional.empty();
        }
        FrontMatterBlock block = FrontMatterBlock.find(source);
        if (block == null) {
            problems.add(new Problem(name, 1, 1, "has no front matter",
                    "start the file with a '---' line, then 'title:', 'date:' and 'source:' lines, then '---'"));
            return Optional.empty();
        }
        int before = problems.size();
        FrontMatter meta = frontMatter.read(name, source, block.yamlStart(), block.yaml(), problems);
        if (meta == null || problems.size() > before) {
            return Optional.empty();
        }
        String slug = meta.slug() != null ? meta.slug() : Slugs.derive(file.getFileName().toString());
        // Blank the front matter (keeping newlines) so that Flexmark's offsets are file offsets.
        Document doc = markdown.parse(block.blanked(source));
        PlainText text = PlainTextExtractor.extract(doc);
        return Optional.of(new Article(slug, relative(root, file), meta, source, block.bodyStart(), text, countWords(text.text()), sha256(bytes)));
    }

    private static String decodeUtf8(String name, byte[] bytes, List<Problem> problems) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes);
            String good = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            SourcePosition pos = SourcePosition.of(good, good.length());
            problems.add(Problem.at(name, pos, "is not UTF-8 (bad byte 0x"
                    + String.format("%02X", bytes[bad] & 0xff) + ")",
                    "save the file as UTF-8; if it is not a text file, move it out of content/"));
            return null;
        }
    }

    private static int firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }

    private static void checkUniqueSlugs(Path root, List<Article> articles, List<Problem> problems) {
        Map<String, Article> seen = new LinkedHashMap<>();
        for (Article a : articles) {
            Article first = seen.putIfAbsent(a.slug(), a);
            if (first != null) {
                SourcePosition pos = a.meta().slug() != null
                        ? locate(a.source(), "slug:") : new SourcePosition(1, 1);
                problems.add(Problem.at(display(root, root.resolve(a.path())), pos, "slug '" + a.slug() + "' is already used by "
                        + first.path(), "give one of them another 'slug:' or file name"));
            }
        }
    }

    private static SourcePosition locate(String source, String needle) {
        int i = source.indexOf(needle);
        return SourcePosition.of(source, Math.max(0, i));
    }

    static int countWords(String text) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                words++;
            }
            in = letter || (in && (text.charAt(i) == '\'' || text.charAt(i) == '’' || text.charAt(i) == '-'));
        }
        return words;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** File names in messages are relative to the working folder when possible. */
    private static String display(Path root, Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
    }
}

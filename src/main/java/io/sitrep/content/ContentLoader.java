package io.sitrep.content;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.file.Files;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a content folder: {@code briefing.yaml}, and every {@code articles/**}{@code /*.md},
 * validated. All problems of all files are collected, sorted by file, line and column, and
 * thrown together; warnings (things that do not stop a build) go to a list of their own.
 */
public final class ContentLoader {

    /** Articles above this size are refused: no news article is near it, and it bounds memory. */
    public static final long MAX_ARTICLE_BYTES = 2L * 1024 * 1024;
    /** Levels of Markdown nodes inside each other an article may have; real articles stay far below. */
    public static final int MAX_NESTING = 100;

    /** Problems in file order, then line, then column: the order an editor walks them. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column);

    private static final Pattern SLUG_LINE = Pattern.compile("(?m)^slug[ \\t]*:[ \\t]*");

    /** Bump when loading gives other results for the same file: it is part of every cache key. */
    public static final String VERSION = "1";

    private final Markdown markdown;
    private final LoadCache cache;
    private final FileKeys keys;
    private final ParseListener parsed;
    private final FrontMatterReader frontMatter = new FrontMatterReader();

    public ContentLoader(Markdown markdown) {
        this(markdown, LoadCache.NONE);
    }

    /** A loader that takes unchanged files from {@code cache} instead of parsing them again. */
    public ContentLoader(Markdown markdown, LoadCache cache) {
        this(markdown, cache, new FileKeys());
    }

    /**
     * A loader that also takes the keys of unchanged files from {@code keys}: with an article the
     * previous build of this process made of the same bytes, the file is not even read.
     */
    public ContentLoader(Markdown markdown, LoadCache cache, FileKeys keys) {
        this(markdown, cache, keys, ParseListener.NONE);
    }

    /** A loader that also hands each document it parses to {@code parsed}. */
    public ContentLoader(Markdown markdown, LoadCache cache, FileKeys keys, ParseListener parsed) {
        this.markdown = markdown;
        this.cache = cache;
        this.keys = keys;
        this.parsed = parsed;
    }

    /** As {@link #load(Path, boolean, List)}, dropping warnings. */
    public Content load(Path root, boolean drafts) throws ContentException {
        return load(root, drafts, new ArrayList<>());
    }

    /**
     * @param warnings where warnings are added, sorted like problems
     * @throws ContentException with every problem of every file, when there is at least one
     */
    public Content load(Path root, boolean drafts, List<Problem> warnings) throws ContentException {
        List<Problem> problems = new ArrayList<>();
        Path contentRoot = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(contentRoot)) {
            throw new ContentException(List.of(new Problem(Display.of(root), 1, 1,
                    Files.exists(contentRoot) ? "content folder is a file, not a folder" : "content folder does not exist",
                    "pass --content DIR, or run sitrep in the folder that holds content/")));
        }
        BriefingConfig config = new BriefingConfigReader().read(contentRoot.resolve("briefing.yaml"),
                Display.of(contentRoot.resolve("briefing.yaml")), problems);
        List<Problem> found = new ArrayList<>();
        List<Loaded> loaded = new ArrayList<>();
        // Files are read and parsed on all cores, each with its own problem lists, merged in file order.
        List<Attempt> attempts = ArticleFiles.find(contentRoot, problems, found).parallelStream().map(file -> {
            List<Problem> fileProblems = new ArrayList<>();
            List<Problem> fileWarnings = new ArrayList<>();
            return new Attempt(loadArticle(contentRoot, file, fileProblems, fileWarnings), fileProblems, fileWarnings);
        }).toList();
        for (Attempt a : attempts) {
            a.loaded().ifPresent(loaded::add);
            problems.addAll(a.problems());
            found.addAll(a.warnings());
        }
        checkUniqueSlugs(loaded, problems);
        found.sort(ORDER);
        warnings.addAll(found);
        if (!problems.isEmpty()) {
            problems.sort(ORDER);
            throw new ContentException(problems);
        }
        List<Article> published = loaded.stream()
                .map(Loaded::article)
                .filter(a -> drafts || !a.meta().draft())
                .sorted(Comparator.comparing((Article a) -> a.meta().date()).reversed()
                        .thenComparing(Article::slug))
                .toList();
        return new Content(contentRoot, config, published, contentRoot.resolve("entities.yaml"));
    }

    /**
     * The article files {@link #load} would read, sorted; problems of the walk (broken links, links
     * out of the folder) are added to {@code problems}.
     */
    public static List<Path> articleFiles(Path root, List<Problem> problems) {
        return ArticleFiles.find(root.toAbsolutePath().normalize(), problems, new ArrayList<>());
    }

    /** What loading one file gave. */
    private record Attempt(Optional<Loaded> loaded, List<Problem> problems, List<Problem> warnings) {
    }

    /** An article with what the loader needs to report on it later. */
    private record Loaded(Article article, String display, SourcePosition slugAt) {
    }

    private static Optional<Loaded> unreadable(String name, IOException e, List<Problem> problems) {
        problems.add(new Problem(name, 1, 1, "cannot be read: " + e.getClass().getSimpleName()
                + " " + e.getMessage(), "check its permissions"));
        return Optional.empty();
    }

    private Optional<Loaded> loadArticle(Path root, Path file, List<Problem> problems, List<Problem> warnings) {
        String name = Display.of(file);
        FileKeys.Keyed keyed;
        try {
            if (Files.size(file) > MAX_ARTICLE_BYTES) {
                problems.add(new Problem(name, 1, 1, "is larger than " + MAX_ARTICLE_BYTES / 1024 / 1024
                        + " MiB", "split it, or check that it is really an article"));
                return Optional.empty();
            }
            keyed = keys.of(file);
        } catch (IOException e) {
            return unreadable(name, e, problems);
        }
        String path = relative(root, file);
        String key = keyed.key();
        LoadCache.Loaded known = cache.find(path, key, name);
        Article same = known == null ? null : cache.article(path, key);
        if (same != null) { // the very bytes the previous build of this process loaded: nothing to decode
            warnings.addAll(known.warnings());
            return Optional.of(new Loaded(same, known.display(), known.slugAt()));
        }
        byte[] bytes = keyed.bytes();
        if (bytes == null) { // a remembered key: the bytes decoded are read now, and looked up by what they are
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                return unreadable(name, e, problems);
            }
            String read = ContentKey.of(bytes);
            if (!read.equals(key)) {
                key = read;
                known = cache.find(path, key, name);
            }
        }
        if (known != null) { // bytes that decoded when the entry was made: kept packed as they are
            warnings.addAll(known.warnings());
            return Optional.of(loaded(file, bytes, known));
        }
        String source = SourceText.decode(name, bytes, problems);
        if (source == null) {
            return Optional.empty();
        }
        if (source.startsWith("\uFEFF")) {
            source = " " + source.substring(1); // keep offsets; the BOM is not content
        }
        int warningsBefore = warnings.size();
        if (source.isBlank()) {
            problems.add(new Problem(name, 1, 1, "is empty",
                    "an article needs front matter (title, date, source between '---' lines) and a body"));
            return Optional.empty();
        }
        FrontMatterBlock block = FrontMatterBlock.find(source);
        if (block == null) {
            problems.add(FrontMatterBlock.opensWithoutClosing(source)
                    ? new Problem(name, 1, 1, "front matter is not closed",
                            "add a '---' line after the last front matter key")
                    : new Problem(name, 1, 1, "has no front matter",
                            "start the file with a '---' line, then 'title:', 'date:' and 'source:' lines, then '---'"));
            return Optional.empty();
        }
        int before = problems.size();
        FrontMatter meta = frontMatter.read(name, source, block.yamlStart(), block.yaml(), problems, warnings);
        if (meta == null || problems.size() > before) {
            return Optional.empty();
        }
        String slug = meta.slug() != null ? meta.slug() : Slugs.derive(file.getFileName().toString());
        SourcePosition slugAt = new SourcePosition(1, 1);
        Matcher m = SLUG_LINE.matcher(block.yaml());
        if (meta.slug() != null && m.find()) {
            slugAt = SourcePosition.of(source, block.yamlStart() + m.end());
        }
        // Blank the front matter (keeping newlines) so that Flexmark's offsets are file offsets.
        String blanked = block.blanked(source);
        Document doc;
        try {
            doc = markdown.parse(blanked);
        } catch (StackOverflowError e) {
            // Flexmark recurses over nested markup; thousands of levels exhaust the stack. The stack
            // has unwound here, so reporting it like any other mistake is safe.
            problems.add(new Problem(name, block.bodyStart() == 0 ? 1 : SourcePosition.of(source, block.bodyStart()).line(),
                    1, "nests lists, quotes, links or emphasis too deeply to be read", "flatten the markup; sitrep reads up to "
                    + MAX_NESTING + " levels"));
            return Optional.empty();
        }
        Node deepest = firstBeyond(doc, MAX_NESTING);
        if (deepest != null) {
            problems.add(Problem.at(name, SourcePosition.of(source, deepest.getStartOffset()),
                    "nests lists, quotes, links or emphasis more than " + MAX_NESTING + " levels deep",
                    "flatten the markup here"));
            return Optional.empty();
        }
        PlainText text = PlainTextExtractor.extract(doc);
        String sha = sha256(bytes); // only for files the cache did not know
        Article article = new Article(slug, path, meta, source, block.bodyStart(), text, countWords(text.text()), sha);
        cache.put(new LoadCache.Loaded(path, key, sha, name, meta, block.bodyStart(), text, article.words(), slugAt,
                warnings.subList(warningsBefore, warnings.size())));
        parsed.parsed(article, blanked, doc);
        return Optional.of(new Loaded(article, name, slugAt));
    }

    /**
     * The first node, in document order, deeper than {@code max} levels, found without recursion
     * (a deep tree is the problem) by walking the tree's links with a depth counter.
     */
    static Node firstBeyond(Document doc, int max) {
        Node n = doc.getFirstChild();
        int depth = 1;
        while (n != null) {
            if (depth > max) {
                return n;
            }
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                depth++;
                continue;
            }
            while (n.getNext() == null) {
                n = n.getParent();
                depth--;
                if (n == null || n == doc) {
                    return null;
                }
            }
            n = n.getNext();
        }
        return null;
    }

    private static Loaded loaded(Path file, byte[] utf8, LoadCache.Loaded known) {
        FrontMatter meta = known.meta();
        String slug = meta.slug() != null ? meta.slug() : Slugs.derive(file.getFileName().toString());
        return new Loaded(Article.ofUtf8(slug, known.path(), meta, utf8, known.bodyStart(), known.text(), known.words(),
                known.sha256()), known.display(), known.slugAt());
    }

    private static void checkUniqueSlugs(List<Loaded> loaded, List<Problem> problems) {
        Map<String, Loaded> seen = new LinkedHashMap<>();
        for (Loaded l : loaded) {
            Loaded first = seen.putIfAbsent(l.article().slug(), l);
            if (first != null) {
                boolean given = l.article().meta().slug() != null;
                problems.add(Problem.at(l.display(), l.slugAt(), "slug '" + l.article().slug() + "'"
                        + (given ? "" : " (from the file name)") + " is already used by " + first.display(),
                        given ? "give this article another 'slug:'"
                                : "rename the file, or add a 'slug:' line with another slug to its front matter"));
            }
        }
    }

    static int countWords(String text) {
        char[] chars = text.toCharArray(); // array reads: String.charAt on a UTF-16 string is slow under C1
        int words = 0;
        boolean in = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            boolean letter = isLetterOrDigit(c);
            if (letter && !in) {
                words++;
            }
            boolean digitSeparator = (c == ',' || c == '.') && i > 0 && i + 1 < chars.length
                    && Character.isDigit(chars[i - 1]) && Character.isDigit(chars[i + 1]); // 5,000 and 3.5
            in = letter || (in && (c == '\'' || c == '’' || c == '-' || digitSeparator));
        }
        return words;
    }

    /** {@link Character#isLetterOrDigit(char)}, without its Unicode tables for ASCII. */
    private static boolean isLetterOrDigit(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
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
}

package io.sitrep.importer;

import io.sitrep.content.Slugs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code sitrep import}: turns a plain-text or HTML article into
 * {@code content/articles/<date>-<slug>.md} with front matter. Never overwrites a file.
 */
public final class ArticleImporter {

    /** Slugs are cut at a word boundary after this many characters. */
    static final int MAX_SLUG = 60;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * What to put in the front matter besides what the input says.
     *
     * @param date  the publication date, or null to take it from the HTML's metadata
     * @param url   the original's address, or null
     * @param title the headline, or null to take it from the input
     */
    public record Options(String source, LocalDate date, String url, String title) {
    }

    /** Why an input could not be imported, as one line for the user. */
    public static final class ImportException extends Exception {
        private static final long serialVersionUID = 1L;

        ImportException(String message) {
            super(message);
        }
    }

    /** Reads {@code text} (named {@code fileName}) as HTML or plain text. */
    public ImportedArticle convert(String fileName, String text, Options options) {
        ImportedArticle read = HtmlArticle.looksLikeHtml(fileName, text) ? HtmlArticle.read(text)
                : TextArticle.read(text, options.title());
        return new ImportedArticle(options.title() != null ? options.title() : read.title(),
                options.date() != null ? options.date() : read.date(),
                options.url() != null ? options.url() : read.url(), read.author(), read.body());
    }

    /** The article file's text: front matter and body. */
    public String markdown(ImportedArticle a, String source) {
        StringBuilder s = new StringBuilder("---\n");
        s.append("title: ").append(quoted(a.title())).append('\n');
        s.append("date: ").append(a.date()).append('\n');
        s.append("source: ").append(quoted(source)).append('\n');
        if (a.url() != null && !a.url().isBlank()) {
            s.append("url: ").append(quoted(a.url())).append('\n');
        }
        if (a.author() != null && !a.author().isBlank()) {
            s.append("author: ").append(quoted(a.author())).append('\n');
        }
        return s.append("---\n\n").append(a.body()).toString();
    }

    /**
     * Imports {@code file} into {@code articlesDir}, returning the new file.
     *
     * @throws ImportException when the input has no title or date, or the file exists
     */
    public Path importFile(Path file, Path articlesDir, Options options) throws IOException, ImportException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        ImportedArticle a = convert(file.getFileName().toString(), text, options);
        if (a.title() == null || a.title().isBlank()) {
            throw new ImportException(file + ": no title found; pass --title");
        }
        if (a.date() == null) {
            throw new ImportException(file + ": no publication date found in the page; pass --date YYYY-MM-DD");
        }
        if (a.body().isBlank()) {
            throw new ImportException(file + ": no article text found");
        }
        Path target = articlesDir.resolve(a.date() + "-" + slug(a.title()) + ".md");
        Files.createDirectories(articlesDir);
        try {
            Files.writeString(target, markdown(a, options.source()), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new ImportException(target + ": already exists; sitrep does not overwrite articles"
                    + " (remove it first, or import with another --title)");
        }
        return target;
    }

    /** The title's slug, cut at a hyphen so that it stays readable. */
    static String slug(String title) {
        String slug = Slugs.derive(title);
        if (slug.length() <= MAX_SLUG) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', MAX_SLUG);
        return slug.substring(0, cut > 0 ? cut : MAX_SLUG);
    }

    /** A YAML double-quoted scalar: JSON's string syntax is a subset of it. */
    private static String quoted(String s) {
        return JSON.writeValueAsString(s);
    }
}

package io.sitrep.render;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks that every internal link and resource of a built site resolves: the file exists and,
 * for {@code #fragment}s, the target page has an element with that id. External links
 * (http, https, mailto) are not followed; external resources (a stylesheet or script from
 * another host) are reported, because the site must work offline; so are duplicate ids.
 */
final class LinkChecker {

    private final Path root;
    private final Map<Path, Set<String>> ids = new HashMap<>();

    LinkChecker(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Every broken link as "page: href (reason)". */
    List<String> check() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(root)) {
            pages = walk.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> !root.relativize(p).startsWith(".sitrep")).sorted().toList();
        }
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Element e : doc.select("[id]")) {
                if (!seen.add(e.id())) {
                    problems.add(root.relativize(page) + ": duplicate id " + e.id());
                }
            }
            String rootPath = page.getFileName().toString().equals("404.html") ? rootPathOf404(doc) : null;
            for (Element e : doc.select("[href], [src]")) {
                String link = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                String problem = check(page, link, rootPath);
                if (problem != null) {
                    problems.add(root.relativize(page) + ": " + e.tagName() + " " + link + " (" + problem + ")");
                }
                boolean resource = !e.tagName().equals("a");
                if (resource && (link.startsWith("http:") || link.startsWith("https:") || link.startsWith("//"))) {
                    problems.add(root.relativize(page) + ": external resource " + link);
                }
            }
        }
        return problems;
    }

    /** The 404 page links root-relative ("/brief/index.html"): its stylesheet link tells the prefix. */
    private static String rootPathOf404(Document doc) {
        String css = doc.select("link[rel=stylesheet]").attr("href");
        return css.startsWith("/") ? css.substring(0, css.length() - "style.css".length()) : null;
    }

    private String check(Path page, String link, String rootPath) throws IOException {
        if (link.isEmpty()) {
            return "empty link";
        }
        if (link.startsWith("http:") || link.startsWith("https:") || link.startsWith("mailto:")) {
            return null;
        }
        if (link.startsWith("javascript:") || link.startsWith("data:")) {
            return "script or data link";
        }
        URI uri = URI.create(link);
        if (uri.getScheme() != null) {
            return "unexpected scheme";
        }
        String path = uri.getPath();
        Path target;
        if (path == null || path.isEmpty()) {
            target = page;
        } else if (path.startsWith("/")) {
            if (rootPath == null || !path.startsWith(rootPath)) {
                return "absolute path: links must be relative";
            }
            target = root.resolve(path.substring(rootPath.length()));
        } else {
            target = page.getParent().resolve(path).normalize();
        }
        if (!target.startsWith(root)) {
            return "leaves the site";
        }
        if (!Files.isRegularFile(target)) {
            return "no such file";
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty()) {
            if (!ids(target).contains(fragment)) {
                return "no id " + fragment + " in " + root.relativize(target);
            }
        }
        return null;
    }

    private Set<String> ids(Path page) throws IOException {
        Set<String> known = ids.get(page);
        if (known == null) {
            Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            known = doc.select("[id]").stream().map(e -> e.id()).collect(Collectors.toSet());
            ids.put(page, known);
        }
        return known;
    }
}

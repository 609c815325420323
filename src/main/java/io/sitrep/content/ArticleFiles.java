package io.sitrep.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the article files of a content folder: every {@code *.md} and {@code *.markdown} under
 * {@code articles/}, in sorted order. Names starting with a dot are skipped (editor lock files,
 * macOS resource forks, {@code .git}). A link is followed only when it stays inside the content
 * folder; a link out of it, a broken link or an unreadable folder is a problem of its own, and
 * the walk goes on so that one run lists them all.
 */
final class ArticleFiles {

    private ArticleFiles() {
    }

    static List<Path> find(Path root, List<Problem> problems, List<Problem> warnings) {
        Path named = root.resolve("articles");
        Path dir = named;
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            problems.add(new Problem(Display.of(root), 1, 1, "cannot be read: " + e, "check the folder's permissions"));
            return List.of();
        }
        if (Files.isSymbolicLink(dir)) {
            try {
                Path real = dir.toRealPath();
                if (!real.startsWith(realRoot)) {
                    problems.add(new Problem(Display.of(dir), 1, 1, "is a link to " + real + ", outside the content folder",
                            "make content/articles/ a real folder inside the content folder"));
                    return List.of();
                }
                dir = real;
            } catch (IOException e) {
                problems.add(new Problem(Display.of(dir), 1, 1, "is a link that cannot be followed: " + e,
                        "make content/articles/ a real folder"));
                return List.of();
            }
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new Visitor(realRoot, files, problems, warnings));
        } catch (IOException e) {
            problems.add(new Problem(Display.of(dir), 1, 1, "cannot list articles: " + e, "check the folder's permissions"));
        }
        Path walked = dir;
        return files.stream().map(f -> named.resolve(walked.relativize(f))).sorted().toList();
    }

    static boolean isArticleName(String name) {
        return (name.endsWith(".md") || name.endsWith(".markdown")) && !name.startsWith(".");
    }

    private record Visitor(Path realRoot, List<Path> files, List<Problem> problems, List<Problem> warnings)
            implements FileVisitor<Path> {

        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            boolean hidden = d.getFileName().toString().startsWith(".") && !d.getFileName().toString().equals("articles");
            return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
            String name = p.getFileName().toString();
            if (name.startsWith(".")) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isSymbolicLink()) {
                visitLink(p, name);
            } else if (attrs.isRegularFile() && isArticleName(name)) {
                files.add(p);
            }
            return FileVisitResult.CONTINUE;
        }

        private void visitLink(Path link, String name) {
            Path real;
            try {
                real = link.toRealPath();
            } catch (NoSuchFileException e) {
                if (isArticleName(name)) {
                    problems.add(new Problem(Display.of(link), 1, 1, "is a link to " + target(link) + ", which does not exist",
                            "remove the link, or copy the article into content/articles/"));
                }
                return;
            } catch (IOException e) {
                problems.add(new Problem(Display.of(link), 1, 1, "is a link that cannot be followed: " + e,
                        "copy the article into content/articles/ instead of linking to it"));
                return;
            }
            boolean folder = Files.isDirectory(real);
            if (!real.startsWith(realRoot)) {
                if (folder || isArticleName(name)) {
                    problems.add(new Problem(Display.of(link), 1, 1, "is a link to " + real
                            + ", outside the content folder",
                            "copy the " + (folder ? "folder" : "article") + " into content/articles/ instead of linking to it"));
                }
            } else if (folder) {
                warnings.add(new Problem(Display.of(link), 1, 1, "is a link to a folder; links to folders are not followed",
                        "move the articles into content/articles/"));
            } else if (Files.isRegularFile(real) && isArticleName(name)) {
                files.add(link);
            }
        }

        private static String target(Path link) {
            try {
                return Files.readSymbolicLink(link).toString();
            } catch (IOException e) {
                return "a missing file";
            }
        }

        @Override
        public FileVisitResult visitFileFailed(Path p, IOException e) {
            problems.add(new Problem(Display.of(p), 1, 1, "cannot be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), "check its permissions"));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) {
            if (e != null) {
                problems.add(new Problem(Display.of(d), 1, 1, "cannot be listed: " + e, "check its permissions"));
            }
            return FileVisitResult.CONTINUE;
        }
    }
}

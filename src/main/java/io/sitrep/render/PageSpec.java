package io.sitrep.render;

import io.sitrep.render.view.Parts.Frame;

/** One page to write: which template lays out which model at which path. */
record PageSpec(String template, Frame frame, Object model) {

    static PageSpec of(String template, String path, String title, String section, Object model) {
        return new PageSpec(template, new Frame(path, rootOf(path), title, "", section), model);
    }

    static PageSpec of(String template, String path, String title, String description, String section,
                       Object model) {
        return new PageSpec(template, new Frame(path, rootOf(path), title, description, section), model);
    }

    /** The relative way from a page to the site root: "" for index.html, "../" for people/x.html. */
    static String rootOf(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}

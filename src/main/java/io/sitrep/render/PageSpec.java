package io.sitrep.render;

import io.sitrep.render.view.Parts.Frame;
import java.util.function.UnaryOperator;

/**
 * One page to write: which template lays out which model at which path.
 *
 * @param complete turns the model into the one to render, for models that stand in for costly
 *                 parts with their keys (an article body by its cache key): the page key is taken
 *                 of {@code model}, the costly part made only when the page must be rendered
 */
record PageSpec(String template, Frame frame, Object model, UnaryOperator<Object> complete) {

    PageSpec(String template, Frame frame, Object model) {
        this(template, frame, model, UnaryOperator.identity());
    }

    PageSpec completedBy(UnaryOperator<Object> how) {
        return new PageSpec(template, frame, model, how);
    }

    /** The model to render. */
    Object renderModel() {
        return complete.apply(model);
    }

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

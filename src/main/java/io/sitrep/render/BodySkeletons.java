package io.sitrep.render;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import io.sitrep.content.Article;
import io.sitrep.content.Markdown;
import io.sitrep.content.ParseListener;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The {@link BodySkeleton}s of one build's articles, made while the loader holds each parsed
 * document and taken by the article pages: an article the loader parsed is not parsed again for
 * its page. Kept by article instance, and each taken once, so that none outlives its page.
 */
public final class BodySkeletons implements ParseListener {

    private final DataHolder options;
    private final Map<Article, BodySkeleton> byArticle = Collections.synchronizedMap(new IdentityHashMap<>());

    /** @param markdown the parser the loader parses with */
    public BodySkeletons(Markdown markdown) {
        this.options = markdown.options();
    }

    private BodySkeletons() {
        this.options = null;
    }

    /** Keeps nothing: every body is rendered from a new parse. */
    public static BodySkeletons none() {
        return new BodySkeletons();
    }

    @Override
    public void parsed(Article article, String source, Document document) {
        if (options == null) {
            return;
        }
        BodySkeleton skeleton = BodySkeleton.of(document, source, article.bodyStart(), options);
        if (skeleton != null) {
            byArticle.put(article, skeleton);
        }
    }

    /** The skeleton of {@code article}'s body, once; null when there is none. */
    BodySkeleton take(Article article) {
        return byArticle.remove(article);
    }
}

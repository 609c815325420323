package io.sitrep.cache;

import io.sitrep.analysis.ArticleAnalysis;
import io.sitrep.content.LoadCache;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything cached for one article file, stored as one file of the cache.
 *
 * @param format      the cache format and the code that wrote it; any other is not trusted
 * @param loaded      what loading the file gave
 * @param analysisKey the {@code Analyzer.fingerprint()} and slug the analysis was made with, or
 *                    null when there is none
 * @param analysis    the article's analysis, or null
 * @param bodies      rendered article bodies by variant, valid for {@code analysisKey}
 */
record CacheEntry(String format, LoadCache.Loaded loaded, String analysisKey, ArticleAnalysis analysis,
                  SortedMap<String, String> bodies) {

    CacheEntry {
        bodies = new TreeMap<>(bodies == null ? Map.of() : bodies);
    }

    CacheEntry withAnalysis(String key, ArticleAnalysis result) {
        return new CacheEntry(format, loaded, key, result, new TreeMap<>());
    }

    CacheEntry withBody(String variant, String html) {
        SortedMap<String, String> more = new TreeMap<>(bodies);
        more.put(variant, html);
        return new CacheEntry(format, loaded, analysisKey, analysis, more);
    }
}

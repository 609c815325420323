package io.sitrep.cache;

import io.sitrep.analysis.ArticleAnalysis;
import io.sitrep.content.LoadCache;

/**
 * Everything cached for one article file but its rendered bodies, stored as one file of the cache.
 *
 * @param format      the cache format and the code that wrote it; any other is not trusted
 * @param loaded      what loading the file gave
 * @param analysisKey the {@code Analyzer.fingerprint()} and slug the analysis was made with, or
 *                    null when there is none
 * @param analysis    the article's analysis, or null
 */
record CacheEntry(String format, LoadCache.Loaded loaded, String analysisKey, ArticleAnalysis analysis) {

    CacheEntry withAnalysis(String key, ArticleAnalysis result) {
        return new CacheEntry(format, loaded, key, result);
    }
}

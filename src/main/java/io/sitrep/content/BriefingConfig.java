package io.sitrep.content;

import java.time.LocalDate;

/**
 * Site settings from {@code content/briefing.yaml}.
 *
 * @param baseUrl    absolute address the site is published at, for feed, sitemap and canonical
 *                   links; empty when unknown (pages never need it: their links are relative)
 * @param periodFrom first day the briefing covers, or null to take it from the articles
 * @param periodTo   last day the briefing covers, or null to take it from the articles
 * @param allowHtml  whether raw HTML in articles is kept (sanitized) instead of escaped
 */
public record BriefingConfig(
        String title,
        String subtitle,
        String description,
        String language,
        String baseUrl,
        LocalDate periodFrom,
        LocalDate periodTo,
        boolean allowHtml) {

    public static BriefingConfig defaults() {
        return new BriefingConfig("Briefing", "", "", "en", "", null, null, false);
    }

    public BriefingConfig withBaseUrl(String url) {
        return new BriefingConfig(title, subtitle, description, language, url, periodFrom, periodTo, allowHtml);
    }
}

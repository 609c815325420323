package io.sitrep.aggregate;

import io.sitrep.analysis.Figure;
import java.time.LocalDate;

/**
 * One figure as reported by one article: a point of a {@link FigureSeries}.
 *
 * @param article   the article's slug
 * @param source    the outlet
 * @param published the article's date
 * @param figure    the figure (its {@code date} is the event date)
 * @param sentence  the sentence it comes from
 * @param anchor    link to that sentence, relative to the site root ("articles/x.html#s3")
 */
public record Claim(String article, String source, LocalDate published, Figure figure, String sentence,
                    String anchor) {
}

package io.sitrep.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The figures of one sentence, found in three steps: every amount with its qualifier,
 * currency, counted noun and the event words around it ({@link #collect}); then what each
 * amount measures, with words shared by coordinated amounts ("killed 40 civilians and 12
 * soldiers") and left-out nouns filled in from the sentence ("wounding thousands"); then
 * group and actor.
 */
final class SentenceFigures {

    /** Measures that count victims: their actor is the victims' side, never the clause's subject. */
    private static final Set<Measure> VICTIMS = Set.of(Measure.KILLED, Measure.WOUNDED, Measure.CASUALTIES);
    private static final Set<String> POSSESSION = Set.of("had", "has", "have", "having", "lost", "lose", "loses");
    private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
            "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    /** One amount on its way to a figure. Mutable, and never seen outside this class. */
    static final class Draft {
        Amount amount;
        int first;
        int last;
        Qualifier qualifier;
        String currency;
        CountedNoun noun;
        Measure before;
        Measure after;
        Measure inside;
        boolean possession;
        boolean including;
        Measure measure;
        String group;
        String actor;

        int nounEnd() {
            return Math.max(last, noun.last());
        }
    }

    private final FigureExtractor.Tools tools;
    private final Tokens t;
    private final List<Mention> mentions;
    private final Tokens previous;
    private final List<Mention> previousMentions;
    private final String contextCurrency;
    private String speaker;

    SentenceFigures(FigureExtractor.Tools tools, Tokens t, List<Mention> mentions, Tokens previous,
                    List<Mention> previousMentions, String contextCurrency) {
        this.tools = tools;
        this.t = t;
        this.mentions = mentions;
        this.previous = previous;
        this.previousMentions = previousMentions;
        this.contextCurrency = contextCurrency;
    }

    /** The figures of the sentence, in text order; {@code skip} tells which tokens are dates. */
    List<Draft> find(java.util.function.IntPredicate isDate) {
        List<Draft> drafts = collect(isDate);
        coordinate(drafts);
        for (int k = 0; k < drafts.size(); k++) {
            measure(drafts, k);
        }
        drafts.removeIf(d -> d.measure == null);
        for (Draft d : drafts) {
            groupAndActor(d);
        }
        fillLeftOut(drafts);
        return drafts;
    }

    private List<Draft> collect(java.util.function.IntPredicate isDate) {
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < t.size(); ) {
            Amount a = t.isNumber(i) || t.isWord(i) ? tools.amounts().parse(t, i) : null;
            if (a == null) {
                i++;
                continue;
            }
            Draft d = isDate.test(a.first()) ? null : draft(a, drafts);
            if (d != null) {
                drafts.add(d);
            }
            i = a.last() + 1;
        }
        return drafts;
    }

    private Draft draft(Amount a, List<Draft> drafts) {
        FigureLexicon lex = tools.lexicon();
        Draft d = new Draft();
        d.amount = a;
        d.first = a.first();
        d.last = a.last();
        PhraseTable.Match<String> cur = lex.currenciesBefore.longestEndingAt(t, d.first - 1);
        if (cur != null) {
            d.currency = cur.value();
            d.first -= cur.length();
        }
        PhraseTable.Match<Qualifier> q = lex.qualifiersBefore.longestEndingAt(t, d.first - 1);
        if (q != null) {
            d.qualifier = q.value();
            d.first -= q.length();
        }
        if (notAFigure(a, d.first)) {
            return null;
        }
        cur = lex.currenciesAfter.longestAt(t, d.last + 1);
        if (cur != null) {
            d.currency = d.currency != null ? d.currency : cur.value();
            d.last += cur.length();
        }
        q = lex.qualifiersAfter.longestAt(t, d.last + 1);
        if (q != null) {
            d.qualifier = d.qualifier != null ? d.qualifier : q.value();
            d.last += q.length();
        }
        if (d.currency == null && lex.units.longestAt(t, d.last + 1) != null) {
            return null; // "15 km", "six weeks", "40 percent"
        }
        d.noun = d.currency != null ? CountedNoun.elided(d.last, CountedNoun.Elision.BARE) : tools.nouns().find(t, d.last + 1);
        if (d.noun.known() && d.noun.head().ignored()) {
            return null; // "the two countries", "14 European nations"
        }
        boolean counted = d.noun.known() && (d.noun.head().group() || d.noun.head().measure() != null);
        if (a.yearLike() && !counted || a.plain() && !counted && isName(d.first - 1)) {
            return null; // "in 2016", "Resolution 2254"
        }
        Draft prev = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        if (d.currency != null && t.isChar(d.first - 1, '(') && prev != null && prev.currency != null
                && prev.last == d.first - 2) {
            return null; // "6 billion euros ($6.62 billion)": a conversion, not another claim
        }
        triggers(d);
        return d;
    }

    /** Dates, ages and labels: "Feb. 3", "3 February", "aged 12", "Route 60". */
    private boolean notAFigure(Amount a, int first) {
        int p = first - 1;
        if (t.isChar(p, '.')) {
            p--;
        }
        boolean small = a.plain() && a.value() != null && a.value().compareTo(BigDecimal.valueOf(31)) <= 0;
        if ((small || a.yearLike()) && (isMonth(p) || isMonth(a.last() + 1))) {
            return true;
        }
        if (t.is(first - 1, "aged") || t.is(first - 1, "ages") || t.is(first - 1, "of") && t.is(first - 2, "age")) {
            return true;
        }
        boolean ratioAfter = t.is(a.last() + 1, "in") && isCount(a.last() + 2)
                || t.is(a.last() + 1, "out") && t.is(a.last() + 2, "of") && isCount(a.last() + 3);
        boolean ratioBefore = t.is(first - 1, "in") && isCount(first - 2)
                || t.is(first - 1, "of") && t.is(first - 2, "out") && isCount(first - 3);
        if (ratioAfter || ratioBefore) {
            return true; // "nine in 10 people", "one out of five": a share, not a count
        }
        return a.plain() && tools.lexicon().labels.longestEndingAt(t, first - 1) != null;
    }

    private boolean isCount(int k) {
        return t.isNumber(k) || t.isWord(k) && NumberWords.small(t.norm(k)) != null;
    }

    private boolean isMonth(int k) {
        return t.isWord(k) && MONTHS.contains(t.raw(k));
    }

    /** A capitalized word right before plain digits, not starting the sentence: "Brigade 25". */
    private boolean isName(int k) {
        FigureLexicon lex = tools.lexicon();
        return k > 0 && t.isWord(k) && t.capitalized(k) && lex.actors.longestAt(t, k) == null
                && lex.events.longestEndingAt(t, k) == null && !t.isPunct(k - 1);
    }

    private void triggers(Draft d) {
        EventWords events = tools.events();
        int p = d.first - 1;
        while (p >= 0 && EventWords.isQuote(t, p)) {
            p--;
        }
        d.possession = t.isWord(p) && POSSESSION.contains(t.norm(p));
        d.including = t.is(p, "including");
        d.before = events.before(t, d.first);
        d.after = events.after(t, d.nounEnd() + 1);
        d.inside = events.inside(t, d.noun);
        boolean unmeasured = !d.noun.hasNoun() || d.noun.known() && d.noun.head().measure() == null;
        if (unmeasured && d.before == null && d.after == null && d.inside == null) {
            d.before = events.inClause(t, d.first - 1, -1);
            d.after = d.before == null ? events.inClause(t, d.nounEnd() + 1, +1) : null;
        }
    }

    /** Coordinated amounts share event words: "killed 40 civilians and 12 soldiers". */
    private void coordinate(List<Draft> drafts) {
        for (int k = 1; k < drafts.size(); k++) {
            Draft prev = drafts.get(k - 1);
            Draft d = drafts.get(k);
            if (!onlyConjunctions(prev.nounEnd() + 1, d.first) || d.noun.elision() == CountedNoun.Elision.PRONOUN) {
                continue; // "wounded 10 others, two of them seriously": a part, not another count
            }
            if (d.before == null && prev.before != null) {
                d.before = prev.before;
            }
            if (prev.after == null && d.after != null) {
                prev.after = d.after;
            }
        }
    }

    private boolean onlyConjunctions(int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!(t.is(k, "and") || t.is(k, "or") || t.isChar(k, ','))) {
                return false;
            }
        }
        return true;
    }

    private void measure(List<Draft> drafts, int k) {
        Draft d = drafts.get(k);
        FigureLexicon lex = tools.lexicon();
        Draft prev = k > 0 ? drafts.get(k - 1) : null;
        Measure best = null;
        Measure[] candidates = {
            d.including && prev != null ? prev.measure : null,
            d.before, d.after, d.inside, d.noun.known() ? d.noun.head().measure() : null};
        for (Measure m : candidates) {
            if (m == null || m == Measure.MONEY && d.currency == null
                    && (contextCurrency == null || d.noun.hasNoun())) {
                continue;
            }
            if (best == null || lex.rank(m) < lex.rank(best)) {
                best = m;
            }
        }
        CountedNoun.Elision e = d.noun.elision();
        Amount a = d.amount;
        if (best == Measure.MONEY && d.currency == null) {
            d.currency = contextCurrency;
        }
        if (d.currency != null) {
            best = Measure.MONEY;
        } else if (best == null && e == CountedNoun.Elision.BARE && a.scale() != null && contextCurrency != null) {
            best = Measure.MONEY; // "They did not even pay the first 3 billion": the currency of the sentence before
            d.currency = contextCurrency;
        } else if (best == null && prev != null && e == CountedNoun.Elision.MORE) {
            best = more(prev, d);
        } else if (best == null && prev != null && e == CountedNoun.Elision.BARE
                && (t.is(d.first - 1, "and") || t.is(d.first - 1, "or"))
                && !(t.isWord(d.nounEnd() + 1) && CountedNounFinder.looksVerbal(t.norm(d.nounEnd() + 1)))) {
            best = prev.measure; // "25,000 have been killed, and up to 150,000 by some estimates"
        } else if (best == null && d.noun.hasNoun() && !a.weak() && !a.isVague()) {
            best = Measure.OTHER;
        }
        d.measure = best;
    }

    /**
     * What "three more" or "40 others" counts: what the amount before counts ("has 12
     * observation posts and established three more"), or what happened to it when no other
     * verb stands between ("killed 40 on Monday and 12 more on Tuesday", but not "killed 35
     * and arrested 12 others").
     */
    private Measure more(Draft prev, Draft d) {
        Measure counted = prev.noun.known() ? prev.noun.head().measure() : null;
        if (counted != null) {
            return counted;
        }
        for (int k = prev.nounEnd() + 1; k < d.first; k++) {
            if (t.isWord(k) && !t.capitalized(k) && t.norm(k).endsWith("ed")
                    && tools.lexicon().events.longestAt(t, k) == null) {
                return prev.noun.hasNoun() ? Measure.OTHER : null;
            }
        }
        return prev.measure;
    }

    private void groupAndActor(Draft d) {
        MeasureRuleDefaults defaults = new MeasureRuleDefaults(tools.lexicon().rule(d.measure));
        if (d.measure == Measure.MONEY) {
            d.group = d.currency;
            String payer = tools.actors().afterWord(t, mentions, d.last + 1, "from"); // "received $75bn from the US"
            d.actor = orElse(payer, orElse(actual(tools.actors().subject(t, mentions, d.first)), defaults.actor()));
            return;
        }
        CountedNoun n = d.noun;
        if (!n.hasNoun() || n.known() && !n.head().group() && VICTIMS.contains(d.measure)) {
            return; // "wounding thousands", "12 wounded": filled in from the sentence by fillLeftOut
        }
        d.group = t.text().substring(t.start(n.first()), t.end(n.last()));
        d.actor = nounActor(d, n.first(), n.last(), n.head());
        if (d.actor == null) {
            d.actor = defaults.actor();
        }
    }

    private String nounActor(Draft d, int from, int to, FigureLexicon.Head head) {
        if (head != null && head.fixedActor() != null) {
            return head.fixedActor();
        }
        String actor = actual(tools.actors().inWords(t, mentions, from, to));
        if (actor != null) {
            return actor;
        }
        if (t.is(to + 1, "of") || t.is(to + 1, "from")) { // "soldiers of the Syrian army", "fighters from the RSF"
            actor = actual(tools.actors().inWords(t, mentions, to + 2, Math.min(t.size() - 1, to + 5)));
            if (actor != null) {
                return actor;
            }
        }
        if (!VICTIMS.contains(d.measure) || d.possession) {
            return actual(tools.actors().subject(t, mentions, d.first));
        }
        return null;
    }

    /** Left-out nouns take the group of the sentence: "killing 1,500 civilians and wounding thousands". */
    private void fillLeftOut(List<Draft> drafts) {
        for (int k = 0; k < drafts.size(); k++) {
            Draft d = drafts.get(k);
            if (d.group != null) {
                continue;
            }
            Draft source = nearestWithGroup(drafts, k);
            if (source != null) {
                d.group = source.group;
                d.actor = source.actor;
            } else {
                groupNounInSentence(d);
            }
            if (d.group == null || d.actor == null) {
                MeasureRuleDefaults defaults = new MeasureRuleDefaults(tools.lexicon().rule(d.measure));
                d.group = orElse(d.group, defaults.group());
                String subject = d.possession || !VICTIMS.contains(d.measure)
                        ? actual(tools.actors().subject(t, mentions, d.first)) : null;
                d.actor = orElse(d.actor, orElse(subject, defaults.actor()));
            }
        }
    }

    private static Draft nearestWithGroup(List<Draft> drafts, int k) {
        for (int j = k - 1; j >= 0; j--) {
            if (drafts.get(j).group != null && drafts.get(j).measure != Measure.MONEY) {
                return drafts.get(j);
            }
        }
        for (int j = k + 1; j < drafts.size(); j++) {
            if (drafts.get(j).group != null && drafts.get(j).measure != Measure.MONEY) {
                return drafts.get(j);
            }
        }
        return null;
    }

    /** A group noun elsewhere in the sentence, nearest first: "…of civilians, displacing 800,000". */
    private void groupNounInSentence(Draft d) {
        int best = -1;
        int bestLength = 0;
        FigureLexicon.Head bestHead = null;
        for (int k = 0; k < t.size(); k++) {
            PhraseTable.Match<FigureLexicon.Head> h = t.isWord(k) ? tools.lexicon().heads.longestAt(t, k) : null;
            // Not "police" in "police said", nor "displaced" in "has displaced 800,000" (a verb there).
            boolean skip = h != null && (ActorResolver.isReporting(t, k + h.length())
                    || tools.lexicon().events.longestAt(t, k) != null || k >= d.first && k <= d.nounEnd());
            if (h != null && h.value().group() && !skip
                    && (best < 0 || Math.abs(k - d.first) < Math.abs(best - d.first))) {
                best = k;
                bestLength = h.length();
                bestHead = h.value();
            }
        }
        if (best >= 0) {
            d.group = t.text().substring(t.start(best), t.end(best + bestLength - 1));
            int from = best;
            while (from > 0 && t.isWord(from - 1) && tools.lexicon().actors.longestEndingAt(t, from - 1) != null) {
                from--;
            }
            d.actor = nounActor(d, from, best + bestLength - 1, bestHead);
        }
    }

    /** The actor, resolving "we"/"our" to the speaker's side. */
    private String actual(String actor) {
        if (!ActorResolver.FIRST_PERSON.equals(actor)) {
            return actor;
        }
        if (speaker == null) {
            speaker = orElse(tools.actors().speaker(t, mentions, previous, previousMentions), "");
        }
        return speaker.isEmpty() ? null : speaker;
    }

    private static String orElse(String a, String b) {
        return a != null ? a : b;
    }

    /** A measure rule's defaults, or none when the rules do not list the measure. */
    private record MeasureRuleDefaults(String group, String actor) {
        MeasureRuleDefaults(FigureRules.MeasureRule rule) {
            this(rule == null ? null : rule.group(), rule == null ? null : rule.actor());
        }
    }
}

package io.sitrep.analysis;

import io.sitrep.content.BlockKind;
import io.sitrep.content.PlainText;
import io.sitrep.content.TextBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds quotations (curly, straight or single quotation marks, see {@link QuoteSpans}) and
 * attributes them to a speaker, reading the article in order:
 * <ol>
 * <li>the attribution after the closing mark: "…,” Akar said", "…,” he added", "…,” the
 * Russian statement read", "…,” added Çavuşoğlu";</li>
 * <li>else the nearest speech verb before the opening mark in the sentence: "he said, “…”",
 * "Çavuşoğlu said it would not allow “aggression”", "claiming Ankara “had taken …”" (a verb in
 * -ing form speaks for the subject of its clause);</li>
 * <li>else, after a colon, the subject of the sentence: "Erdoğan named Moscow: “…”";</li>
 * <li>else, for a quotation that opens its paragraph or sentence, the speaker of the same or
 * the previous paragraph: a quotation that runs on or a new quoted paragraph continues the
 * remarks.</li>
 * </ol>
 * A quotation with no speaker this way (scare quotes such as "de-escalation zone") is not a
 * quote. Speakers are dictionary entities, names the {@link NameSpotter} found, or
 * descriptions as written, resolved by {@link SpeakerResolver}.
 */
public final class QuoteFinder {

    private final Actors actors;

    public QuoteFinder(Dictionary dictionary) {
        this.actors = new Actors(dictionary);
    }

    /** Quotes, with speakers from the dictionary only. */
    public List<Quote> find(PlainText text, List<Sentence> sentences, List<Mention> mentions) {
        return find(text, sentences, mentions, List.of());
    }

    /** Quotes, with speakers from the dictionary and from names found without it. */
    public List<Quote> find(PlainText plain, List<Sentence> sentences, List<Mention> mentions,
                            List<UnconfirmedName> unconfirmed) {
        char[] chars = plain.text().toCharArray();
        return find(plain, chars, sentences, mentions, unconfirmed, WordTokens.of(plain.text(), chars, sentences));
    }

    /** As {@link #find(PlainText, List, List, List)}, with the text's characters copied and the sentences' tokens built. */
    List<Quote> find(PlainText plain, char[] chars, List<Sentence> sentences, List<Mention> mentions,
                     List<UnconfirmedName> unconfirmed, List<WordTokens> tokens) {
        String text = plain.text();
        List<TextBlock> blocks = plain.blocks();
        List<List<QuoteSpans.Span>> spans = new ArrayList<>();
        int[] previous = new int[blocks.size()];
        int last = -10;
        for (int b = 0; b < blocks.size(); b++) {
            spans.add(QuoteSpans.find(chars, blocks.get(b).start(), blocks.get(b).end()));
            previous[b] = last;
            if (blocks.get(b).kind() != BlockKind.HEADING) {
                last = b;
            }
        }
        Map<QuoteSpans.Span, Integer> groups = groups(text, blocks, spans, previous);
        ArticleRefs refs = new ArticleRefs(mentions, unconfirmed, actors);
        List<Clauses.View> views = new ArrayList<>();
        int b = 0;
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            while (b < blocks.size() - 1 && blocks.get(b).end() <= s.start()) {
                b++;
            }
            views.add(Clauses.View.of(s, tokens.get(si), b, spans.isEmpty() ? List.of() : spans.get(b), refs));
        }
        SpeakerResolver resolver = new SpeakerResolver(actors, refs, RoleIndex.build(views, refs, actors));
        List<Found> found = new ArrayList<>();
        for (Clauses.View v : views) {
            read(v, spans.get(v.block()), previous[v.block()], blocks.get(v.block()), resolver, groups, found);
        }
        return quotes(text, found);
    }

    /** A quotation found, with the speaker it was given and the one that would continue. */
    private record Found(QuoteSpans.Span span, Clauses.View view, Speaker explicit, Speaker fallback,
                         boolean fragment, int group) {
    }

    private static void read(Clauses.View v, List<QuoteSpans.Span> spans, int previousBlock, TextBlock block,
                             SpeakerResolver resolver, Map<QuoteSpans.Span, Integer> groups, List<Found> found) {
        WordTokens t = v.tokens();
        Speaker main = resolver.resolve(v, Clauses.mainSubject(v));
        resolver.about(main);
        Map<Integer, Speaker> verbSubjects = new HashMap<>();
        Speaker lastFinite = null;
        for (int k = 0; k < t.size(); k++) {
            Speaker s;
            if (Clauses.isSpeechVerb(v, k)) {
                s = resolver.resolve(v, Clauses.subjectBefore(v, k));
                if (s == null) {
                    s = resolver.resolve(v, Clauses.subjectAfterInverted(v, k));
                }
                if (s != null) {
                    lastFinite = s;
                }
            } else if (Clauses.isSpeechParticiple(v, k)) {
                s = lastFinite != null ? lastFinite : main;
            } else {
                continue;
            }
            verbSubjects.put(k, s);
            resolver.spoke(s, v.block());
        }
        Sentence sentence = v.sentence();
        for (QuoteSpans.Span q : spans) {
            if (q.outerStart() < sentence.start() || q.outerStart() >= sentence.end()) {
                continue;
            }
            int open = t.indexAt(q.outerStart());
            Speaker explicit = null;
            if (q.closed()) {
                Clauses.Attribution at = Clauses.attributionAfter(v, t.indexAt(q.close() + 1));
                if (at != null) {
                    explicit = at.verb() >= 0 && verbSubjects.containsKey(at.verb())
                            ? verbSubjects.get(at.verb()) : resolver.resolve(v, at.subject());
                }
            }
            boolean verbBefore = false;
            for (int k = open - 1; k >= 0 && explicit == null && !verbBefore; k--) {
                if (verbSubjects.containsKey(k)) {
                    verbBefore = true;
                    explicit = verbSubjects.get(k);
                }
            }
            if (explicit == null && t.isMark(open - 1, ':')) {
                explicit = main;
            }
            boolean opensParagraph = open == 0 || q.outerStart() <= firstVisible(v.tokens().text(), block.start());
            boolean continues = block.kind() != BlockKind.HEADING && (open == 0 || opensParagraph);
            Speaker fallback = explicit == null && continues ? resolver.continuing(v.block(), previousBlock) : null;
            resolver.spoke(explicit != null ? explicit : fallback, v.block());
            found.add(new Found(q, v, explicit, fallback, fragment(v, q, open), groups.getOrDefault(q, -1)));
        }
    }

    /**
     * Whether a quotation is a phrase woven into the reporter's sentence rather than a full
     * quoted sentence or clause: it does not open the sentence, follow a colon, a "said," or a
     * "that", and is not itself a whole sentence.
     */
    private static boolean fragment(Clauses.View v, QuoteSpans.Span q, int open) {
        WordTokens t = v.tokens();
        if (open == 0 || t.isMark(open - 1, ':') || t.is(open - 1, "that")) {
            return false;
        }
        if (t.isMark(open - 1, ',') && (Clauses.isSpeechVerb(v, open - 2) || Clauses.isSpeechParticiple(v, open - 2))) {
            return false;
        }
        String text = t.text();
        int last = q.end() - 1;
        while (last > q.start() && (text.charAt(last) == ',' || Character.isWhitespace(text.charAt(last)))) {
            last--;
        }
        boolean upper = q.start() < q.end() && Character.isUpperCase(text.charAt(q.start()));
        char end = text.charAt(Math.max(q.start(), last));
        return !(upper && (end == '.' || end == '?' || end == '!' || end == '…'));
    }

    /** Quotations that run on over paragraphs share a group number. */
    private static Map<QuoteSpans.Span, Integer> groups(String text, List<TextBlock> blocks,
                                                         List<List<QuoteSpans.Span>> spans, int[] previous) {
        Map<QuoteSpans.Span, Integer> groups = new HashMap<>();
        int next = 0;
        for (int b = 0; b < blocks.size(); b++) {
            List<QuoteSpans.Span> here = spans.get(b);
            int p = previous[b];
            if (here.isEmpty() || p < 0 || spans.get(p).isEmpty()) {
                continue;
            }
            QuoteSpans.Span before = spans.get(p).get(spans.get(p).size() - 1);
            QuoteSpans.Span first = here.get(0);
            if (!before.closed() && first.outerStart() <= firstVisible(text, blocks.get(b).start())) {
                Integer g = groups.get(before);
                if (g == null) {
                    g = next++;
                    groups.put(before, g);
                }
                groups.put(first, g);
            }
        }
        return groups;
    }

    private static int firstVisible(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Settles speakers within groups, drops quotations with no speaker, and builds the quotes. */
    private static List<Quote> quotes(String text, List<Found> found) {
        Map<Integer, Speaker> groupSpeaker = new HashMap<>();
        for (Found f : found) {
            if (f.group() >= 0 && f.explicit() != null) {
                groupSpeaker.putIfAbsent(f.group(), f.explicit());
            }
        }
        for (Found f : found) {
            if (f.group() >= 0 && f.fallback() != null) {
                groupSpeaker.putIfAbsent(f.group(), f.fallback());
            }
        }
        List<Quote> out = new ArrayList<>();
        for (Found f : found) {
            Speaker s = f.explicit();
            if (s == null && f.group() >= 0) {
                s = groupSpeaker.get(f.group());
            }
            if (s == null) {
                s = f.fallback();
            }
            int start = f.span().start();
            int end = f.span().end();
            while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
                end--;
            }
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (s == null || s.name() == null || !hasLetter(text, start, end)) {
                continue;
            }
            out.add(new Quote(s.id(), s.name(), text.substring(start, end), f.fragment(),
                    f.view().sentence().index(), start, end));
        }
        return out;
    }

    private static boolean hasLetter(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}

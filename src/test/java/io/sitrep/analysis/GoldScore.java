package io.sitrep.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The matching rules of {@code ../shared/tools/score-extraction}, in Java, so that the
 * analysis can be scored against the gold annotations before the site build exports JSON:
 * greedy one-to-one matching, required gold items first, optional ones neither counted for nor
 * against.
 */
final class GoldScore {

    /** One gold or predicted item; {@code attributes} are compared after matching. */
    record Item(String show, boolean optional, Object value) {
    }

    int tp;
    int fp;
    int fn;
    int attributeGood;
    int attributeTotal;
    final List<String> misses = new ArrayList<>();

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                b.append(c);
            }
        }
        String t = b.toString().replace('ı', 'i').replace('’', '\'').replace('‘', '\'')
                .replace('“', '"').replace('”', '"').replace('\u00a0', ' ');
        return t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    static Set<String> forms(String name, List<String> aliases) {
        Set<String> out = new HashSet<>();
        out.add(fold(name));
        aliases.forEach(a -> out.add(fold(a)));
        out.remove("");
        return out;
    }

    static boolean samePerson(String a, String b) {
        String fa = fold(a);
        String fb = fold(b);
        if (fa.isEmpty() || fb.isEmpty()) {
            return false;
        }
        String[] wa = fa.split(" ");
        String[] wb = fb.split(" ");
        return fa.equals(fb) || wa[wa.length - 1].equals(wb[wb.length - 1]);
    }

    static String strip(String s, String chars) {
        int a = 0;
        int b = s.length();
        while (a < b && chars.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && chars.indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
    }

    /**
     * Matches gold to predicted items; returns the pairs of required gold items, in order, for
     * attribute checks.
     */
    List<Item[]> match(List<Item> gold, List<Item> predicted, BiPredicate<Item, Item> same, String label) {
        Set<Integer> used = new HashSet<>();
        List<Item[]> pairs = new ArrayList<>();
        List<Item> ordered = new ArrayList<>();
        gold.stream().filter(g -> !g.optional()).forEach(ordered::add);
        gold.stream().filter(Item::optional).forEach(ordered::add);
        for (Item g : ordered) {
            Integer hit = null;
            for (int i = 0; i < predicted.size(); i++) {
                if (!used.contains(i) && same.test(g, predicted.get(i))) {
                    hit = i;
                    break;
                }
            }
            if (hit != null) {
                used.add(hit);
                if (!g.optional()) {
                    tp++;
                    pairs.add(new Item[] {g, predicted.get(hit)});
                }
            } else if (!g.optional()) {
                fn++;
                misses.add("missed " + label + ": " + g.show());
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!used.contains(i)) {
                fp++;
                misses.add("extra " + label + ": " + predicted.get(i).show());
            }
        }
        return pairs;
    }

    void attribute(boolean ok, String what) {
        attributeTotal++;
        if (ok) {
            attributeGood++;
        } else {
            misses.add("wrong attribute: " + what);
        }
    }

    double f1() {
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double accuracy() {
        return attributeTotal == 0 ? 1.0 : (double) attributeGood / attributeTotal;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "F1 %.3f (tp %d, fp %d, fn %d)  accuracy %.3f (%d/%d)",
                f1(), tp, fp, fn, accuracy(), attributeGood, attributeTotal);
    }
}

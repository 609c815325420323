package io.sitrep.analysis;

import io.sitrep.analysis.DictionaryReader.Located;
import io.sitrep.analysis.DictionaryReader.Sink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that hold across the entries of a names dictionary: ids are unique across types, a
 * spelling names one entity only, a stand-in word stands for one entity only, and an
 * affiliation is the name of another entry. Entries that break the first rule are dropped;
 * the others are kept, so one typo does not empty the briefing.
 */
final class DictionaryChecks {

    private final Sink sink;

    DictionaryChecks(Sink sink) {
        this.sink = sink;
    }

    List<Entity> check(List<Located> entries) {
        Map<String, Located> byId = new HashMap<>();
        List<Located> kept = new ArrayList<>();
        for (Located e : entries) {
            Located first = byId.putIfAbsent(e.entity().id(), e);
            if (first != null) {
                int[] at = e.formAt().get(e.entity().name());
                sink.problem(at[0], at[1], "duplicate id '" + e.entity().id() + "': '" + e.entity().name()
                                + "' has the same page id as '" + first.entity().name() + "' (line " + first.line() + ")",
                        "merge the two entries, or make one name more specific, e.g. '"
                                + e.entity().name() + " (" + DictionaryReader.plural(e.entity().type()) + ")'");
            } else {
                kept.add(e);
            }
        }
        checkForms(kept);
        checkStandsFor(kept);
        checkAffiliations(kept);
        return kept.stream().map(Located::entity).toList();
    }

    /** A name or alias, folded, must belong to one entity only. */
    private void checkForms(List<Located> entries) {
        Map<String, Located> owner = new HashMap<>();
        for (Located e : entries) {
            Set<String> own = new HashSet<>();
            List<String> forms = new ArrayList<>();
            forms.add(e.entity().name());
            forms.addAll(e.entity().aliases());
            for (String form : forms) {
                String key = TextFold.key(form);
                if (!own.add(key)) {
                    continue; // the same entry spelled twice (Erdoğan, Erdogan): harmless
                }
                Located first = owner.putIfAbsent(key, e);
                if (first != null) {
                    int[] at = e.formAt().getOrDefault(form, new int[] {e.line(), e.column()});
                    sink.problem(at[0], at[1], "'" + form + "' names both '" + first.entity().name() + "' (line "
                                    + first.line() + ") and '" + e.entity().name() + "'",
                            "keep it as an alias of one entry only; matching ignores case and accents");
                }
            }
        }
    }

    private void checkStandsFor(List<Located> entries) {
        Map<String, Located> owner = new HashMap<>();
        for (Located e : entries) {
            for (String term : e.entity().standsFor()) {
                Located first = owner.putIfAbsent(TextFold.key(term), e);
                if (first != null && first != e) {
                    int[] at = e.formAt().getOrDefault(term, new int[] {e.line(), e.column()});
                    sink.problem(at[0], at[1], "'" + term + "' stands for both '" + first.entity().name()
                                    + "' (line " + first.line() + ") and '" + e.entity().name() + "'",
                            "a stand-in word must point to one actor; remove it from one of the two");
                }
            }
        }
    }

    private void checkAffiliations(List<Located> entries) {
        Set<String> names = new HashSet<>();
        for (Located e : entries) {
            names.add(TextFold.key(e.entity().name()));
            e.entity().aliases().forEach(a -> names.add(TextFold.key(a)));
        }
        for (Located e : entries) {
            String affiliation = e.entity().affiliation();
            if (affiliation != null && !names.contains(TextFold.key(affiliation))) {
                int[] at = e.formAt().getOrDefault(affiliation, new int[] {e.line(), e.column()});
                sink.problem(at[0], at[1], "affiliation '" + affiliation + "' of '" + e.entity().name()
                                + "' is not a name in this dictionary",
                        "add '" + affiliation + "' under countries or organizations, or fix its spelling");
            }
        }
    }
}

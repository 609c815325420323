package io.sitrep.analysis;

import io.sitrep.content.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The figure extraction rules: trigger words per measure, qualifiers, the vague-amount table,
 * currencies, the group → actor rules and what is not a figure, read from YAML. The defaults
 * ship in the jar ({@code figure-rules.yaml} beside this class); a briefing may extend or
 * replace them with {@code content/figure-rules.yaml} (see {@link #load}).
 *
 * @param measures    in priority order: when words of several measures surround a number,
 *                    the measure listed first wins
 * @param examples    sentences with their expected figures, run as tests; not part of the
 *                    fingerprint
 * @param fingerprint SHA-256 of the effective rules; part of every analysis cache key
 */
public record FigureRules(
        List<MeasureRule> measures,
        List<QualifierRule> qualifiers,
        List<VagueRule> vague,
        List<CurrencyRule> currencies,
        List<GroupRule> groups,
        List<ActorRule> actors,
        Ignore ignore,
        Links links,
        List<RuleExample> examples,
        String fingerprint) {

    /** The section names of the rules file, in file order. */
    public static final List<String> SECTIONS = List.of(
            "measures", "qualifiers", "vague", "currencies", "groups", "actors", "ignore", "links", "examples");

    /**
     * Words that give a number its measure.
     *
     * @param words event words: before the number ("killed 40"), after what is counted ("40
     *              people were killed") or inside it ("800,000 displaced civilians")
     * @param nouns what is counted ("12 observation posts", "40 casualties")
     * @param group default group when the sentence names none, or null
     * @param actor default actor when no other rule gives one, or null
     */
    public record MeasureRule(Measure measure, List<String> words, List<String> nouns, String group, String actor) {
        public MeasureRule {
            words = List.copyOf(words);
            nouns = List.copyOf(nouns);
        }
    }

    /** Words before ("more than 40") or after ("40 or more") a number that qualify it. */
    public record QualifierRule(Qualifier qualifier, List<String> before, List<String> after) {
        public QualifierRule {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /** Words for an amount without a number, and the conservative value coded for it (or null). */
    public record VagueRule(List<String> words, BigDecimal conservative) {
        public VagueRule {
            words = List.copyOf(words);
        }
    }

    /** An ISO 4217 code and the words written before ("$") or after ("euros") an amount. */
    public record CurrencyRule(String code, List<String> before, List<String> after) {
        public CurrencyRule {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /**
     * Nouns for who is counted. With an actor, the nouns belong to it whatever words stand
     * before them ("Syrian refugees" → civilians); without, the actor comes from those words
     * or from the sentence ("Turkish soldiers" → Turkey).
     */
    public record GroupRule(String actor, List<String> nouns) {
        public GroupRule {
            nouns = List.copyOf(nouns);
        }
    }

    /** Words that name a side ("Turkish", "Ankara", "Assad"). */
    public record ActorRule(String actor, List<String> words) {
        public ActorRule {
            words = List.copyOf(words);
        }
    }

    /**
     * What is not a figure.
     *
     * @param units  words after a number that make it a distance, duration, age, share or time
     * @param nouns  counted things that are not figures (countries, meetings, statements)
     * @param labels words before a number that make it part of a name ("Resolution 2254")
     */
    public record Ignore(List<String> units, List<String> nouns, List<String> labels) {
        public Ignore {
            units = List.copyOf(units);
            nouns = List.copyOf(nouns);
            labels = List.copyOf(labels);
        }
    }

    /**
     * Words that may stand between an event word and the number ("the death toll rose to 40")
     * or between what is counted and the event word ("40 people were reportedly killed").
     */
    public record Links(List<String> before, List<String> after) {
        public Links {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    public FigureRules {
        measures = List.copyOf(measures);
        qualifiers = List.copyOf(qualifiers);
        vague = List.copyOf(vague);
        currencies = List.copyOf(currencies);
        groups = List.copyOf(groups);
        actors = List.copyOf(actors);
        examples = List.copyOf(examples);
    }

    /** The rules shipped in the jar. */
    public static FigureRules defaults() {
        return Defaults.RULES;
    }

    /**
     * The defaults, extended or replaced by {@code file} when it exists. Problems in the file
     * are added to {@code problems} as {@code file:line:col} with a hint, and the defaults are
     * returned unchanged.
     */
    public static FigureRules load(Path file, String displayName, List<Problem> problems) {
        if (file == null || !Files.isRegularFile(file)) {
            return defaults();
        }
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new Problem(displayName, 1, 1, "cannot be read: " + e.getMessage(),
                    "check that it is a readable UTF-8 text file"));
            return defaults();
        }
        int before = problems.size();
        FigureRulesReader.Parsed parsed = FigureRulesReader.read(yaml, displayName, problems);
        if (problems.size() > before) {
            return defaults();
        }
        return defaults().extendedBy(parsed.rules(), parsed.replace());
    }

    /**
     * These rules with {@code other}'s added: entries for the same measure, qualifier,
     * currency, actor or group get the other's words too; sections named in {@code replace}
     * (or all, for {@code "all"}) take the other's entries only.
     */
    public FigureRules extendedBy(FigureRules other, Set<String> replace) {
        boolean all = replace.contains("all");
        Function<String, Boolean> rep = s -> all || replace.contains(s);
        return of(
                rep.apply("measures") ? other.measures : merge(measures, other.measures, MeasureRule::measure,
                        (a, b) -> new MeasureRule(a.measure, union(a.words, b.words), union(a.nouns, b.nouns),
                                b.group != null ? b.group : a.group, b.actor != null ? b.actor : a.actor)),
                rep.apply("qualifiers") ? other.qualifiers : merge(qualifiers, other.qualifiers, QualifierRule::qualifier,
                        (a, b) -> new QualifierRule(a.qualifier, union(a.before, b.before), union(a.after, b.after))),
                rep.apply("vague") ? other.vague : merge(vague, other.vague, v -> v.words.get(0),
                        (a, b) -> new VagueRule(union(a.words, b.words), b.conservative)),
                rep.apply("currencies") ? other.currencies : merge(currencies, other.currencies, CurrencyRule::code,
                        (a, b) -> new CurrencyRule(a.code, union(a.before, b.before), union(a.after, b.after))),
                rep.apply("groups") ? other.groups : merge(groups, other.groups, g -> String.valueOf(g.actor),
                        (a, b) -> new GroupRule(a.actor, union(a.nouns, b.nouns))),
                rep.apply("actors") ? other.actors : merge(actors, other.actors, ActorRule::actor,
                        (a, b) -> new ActorRule(a.actor, union(a.words, b.words))),
                rep.apply("ignore") ? other.ignore : new Ignore(union(ignore.units, other.ignore.units),
                        union(ignore.nouns, other.ignore.nouns), union(ignore.labels, other.ignore.labels)),
                rep.apply("links") ? other.links : new Links(union(links.before, other.links.before),
                        union(links.after, other.links.after)),
                rep.apply("examples") ? other.examples : union(examples, other.examples));
    }

    /** Rules with their fingerprint computed from everything but the examples. */
    static FigureRules of(List<MeasureRule> measures, List<QualifierRule> qualifiers, List<VagueRule> vague,
                          List<CurrencyRule> currencies, List<GroupRule> groups, List<ActorRule> actors,
                          Ignore ignore, Links links, List<RuleExample> examples) {
        // Records print their components in a fixed order: a canonical text of the rules.
        String canonical = String.join("\n", measures.toString(), qualifiers.toString(), vague.toString(),
                currencies.toString(), groups.toString(), actors.toString(), ignore.toString(), links.toString());
        return new FigureRules(measures, qualifiers, vague, currencies, groups, actors, ignore, links, examples,
                sha256(canonical));
    }

    private static <T, K> List<T> merge(List<T> base, List<T> extra, Function<T, K> key,
                                        java.util.function.BinaryOperator<T> combine) {
        Map<K, T> out = new LinkedHashMap<>();
        for (T t : base) {
            out.merge(key.apply(t), t, combine);
        }
        for (T t : extra) {
            out.merge(key.apply(t), t, combine);
        }
        return new ArrayList<>(out.values());
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        Set<T> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The defaults, read once from the jar when first asked for. */
    private static final class Defaults {
        static final String RESOURCE = "figure-rules.yaml";
        static final FigureRules RULES = read();

        private static FigureRules read() {
            try (InputStream in = FigureRules.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                List<Problem> problems = new ArrayList<>();
                String name = "io/sitrep/analysis/" + RESOURCE;
                FigureRulesReader.Parsed parsed = FigureRulesReader
                        .read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name, problems);
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("default figure rules are broken: " + problems);
                }
                return parsed.rules();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read default figure rules", e);
            }
        }
    }
}

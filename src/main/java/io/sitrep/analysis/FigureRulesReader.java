package io.sitrep.analysis;

import io.sitrep.analysis.FigureRules.ActorRule;
import io.sitrep.analysis.FigureRules.CurrencyRule;
import io.sitrep.analysis.FigureRules.GroupRule;
import io.sitrep.analysis.FigureRules.Ignore;
import io.sitrep.analysis.FigureRules.Links;
import io.sitrep.analysis.FigureRules.MeasureRule;
import io.sitrep.analysis.FigureRules.QualifierRule;
import io.sitrep.analysis.FigureRules.VagueRule;
import io.sitrep.content.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads a figure rules YAML file. Every problem is reported with the {@code line:col} of the
 * node at fault, which is why this reads SnakeYAML Engine's node tree (it keeps positions)
 * rather than binding with Jackson.
 */
final class FigureRulesReader {

    /** The rules read, and the sections the file asks to replace rather than extend. */
    record Parsed(FigureRules rules, Set<String> replace) {
    }

    private static final Set<String> SECTIONS_AND_REPLACE = concat(FigureRules.SECTIONS, "replace");

    private static final String YAML_HINT = "check the indentation, and quote words that contain ':' or '#'";

    private final String file;
    private final List<Problem> problems;
    private final List<RuleExample> examples = new ArrayList<>();

    private FigureRulesReader(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Reads {@code yaml}; problems go to {@code problems}, and what could be read is returned. */
    static Parsed read(String yaml, String displayName, List<Problem> problems) {
        return new FigureRulesReader(displayName, problems).parse(yaml);
    }

    private Parsed parse(String yaml) {
        Node root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(file).build()).composeString(yaml).orElse(null);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            problems.add(new Problem(file, mark.map(m -> m.getLine() + 1).orElse(1),
                    mark.map(m -> m.getColumn() + 1).orElse(1), "not valid YAML: " + e.getProblem(), YAML_HINT));
            return empty();
        } catch (YamlEngineException e) {
            problems.add(new Problem(file, 1, 1, "not valid YAML: " + e.getMessage(), YAML_HINT));
            return empty();
        }
        if (root == null || isNull(root)) {
            return empty();
        }
        Map<String, Node> sections = fields(root, SECTIONS_AND_REPLACE, "the rules file");
        List<MeasureRule> measures = list(sections.get("measures"), this::measure);
        List<QualifierRule> qualifiers = list(sections.get("qualifiers"), this::qualifier);
        List<VagueRule> vague = list(sections.get("vague"), this::vague);
        List<CurrencyRule> currencies = list(sections.get("currencies"), this::currency);
        List<GroupRule> groups = list(sections.get("groups"), this::group);
        List<ActorRule> actors = list(sections.get("actors"), this::actor);
        Ignore ignore = ignore(sections.get("ignore"));
        Links links = links(sections.get("links"));
        examples(sections.get("examples"));
        Set<String> replace = replace(sections.get("replace"));
        return new Parsed(FigureRules.of(measures, qualifiers, vague, currencies, groups, actors, ignore, links,
                examples), replace);
    }

    private Parsed empty() {
        return new Parsed(FigureRules.of(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                new Ignore(List.of(), List.of(), List.of()), new Links(List.of(), List.of()), List.of()), Set.of());
    }

    private MeasureRule measure(Node node) {
        Map<String, Node> f = fields(node, Set.of("measure", "words", "nouns", "group", "actor", "examples"), "a measure");
        Measure measure = enumValue(f.get("measure"), "measure", node, Measure::of, Measure.values());
        examples(f.get("examples"));
        return measure == null ? null : new MeasureRule(measure, words(f.get("words")), words(f.get("nouns")),
                text(f.get("group")), text(f.get("actor")));
    }

    private QualifierRule qualifier(Node node) {
        Map<String, Node> f = fields(node, Set.of("qualifier", "before", "after", "examples"), "a qualifier");
        Qualifier q = enumValue(f.get("qualifier"), "qualifier", node, Qualifier::of, Qualifier.values());
        examples(f.get("examples"));
        return q == null ? null : new QualifierRule(q, words(f.get("before")), words(f.get("after")));
    }

    private VagueRule vague(Node node) {
        Map<String, Node> f = fields(node, Set.of("words", "conservative", "examples"), "a vague amount");
        List<String> words = words(f.get("words"));
        examples(f.get("examples"));
        if (words.isEmpty()) {
            problem(node, "a vague amount needs 'words'", "write for example: words: [dozens]");
            return null;
        }
        return new VagueRule(words, number(f.get("conservative")));
    }

    private CurrencyRule currency(Node node) {
        Map<String, Node> f = fields(node, Set.of("code", "before", "after", "examples"), "a currency");
        String code = text(f.get("code"));
        examples(f.get("examples"));
        if (code == null || !code.matches("[A-Z]{3}")) {
            problem(f.getOrDefault("code", node), "a currency needs a 'code' of three capital letters",
                    "use the ISO 4217 code, for example code: EUR");
            return null;
        }
        return new CurrencyRule(code, words(f.get("before")), words(f.get("after")));
    }

    private GroupRule group(Node node) {
        Map<String, Node> f = fields(node, Set.of("actor", "nouns", "examples"), "a group");
        examples(f.get("examples"));
        return new GroupRule(text(f.get("actor")), words(f.get("nouns")));
    }

    private ActorRule actor(Node node) {
        Map<String, Node> f = fields(node, Set.of("actor", "words", "examples"), "an actor");
        String actor = text(f.get("actor"));
        examples(f.get("examples"));
        if (actor == null || actor.isBlank()) {
            problem(node, "an actor needs a name in 'actor'", "write for example: actor: Turkey");
            return null;
        }
        return new ActorRule(actor, words(f.get("words")));
    }

    private Ignore ignore(Node node) {
        Map<String, Node> f = node == null ? Map.of()
                : fields(node, Set.of("units", "nouns", "labels", "examples"), "the ignore section");
        examples(f.get("examples"));
        return new Ignore(words(f.get("units")), words(f.get("nouns")), words(f.get("labels")));
    }

    private Links links(Node node) {
        Map<String, Node> f = node == null ? Map.of() : fields(node, Set.of("before", "after"), "the links section");
        return new Links(words(f.get("before")), words(f.get("after")));
    }

    private Set<String> replace(Node node) {
        Set<String> out = new LinkedHashSet<>();
        if (node == null) {
            return out;
        }
        for (String s : words(node)) {
            if (!s.equals("all") && !FigureRules.SECTIONS.contains(s)) {
                problem(node, "cannot replace unknown section '" + s + "'",
                        "use 'all' or some of: " + String.join(", ", FigureRules.SECTIONS));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private void examples(Node node) {
        for (Node item : items(node)) {
            Map<String, Node> f = fields(item, Set.of("text", "figures"), "an example");
            String text = text(f.get("text"));
            if (text == null || text.isBlank()) {
                problem(item, "an example needs a 'text'", "write the sentence in text: \"...\"");
                continue;
            }
            if (!f.containsKey("figures")) {
                problem(item, "an example needs 'figures'", "list the figures it gives, or write figures: []");
                continue;
            }
            List<RuleExample.Expected> expected = list(f.get("figures"), this::expected);
            examples.add(new RuleExample(where(item), text, expected));
        }
    }

    private RuleExample.Expected expected(Node node) {
        Map<String, Node> f = fields(node, Set.of("measure", "value", "qualifier", "low", "high", "actor", "group"),
                "an expected figure");
        Measure m = enumValue(f.get("measure"), "measure", node, Measure::of, Measure.values());
        Qualifier q = f.containsKey("qualifier")
                ? enumValue(f.get("qualifier"), "qualifier", node, Qualifier::of, Qualifier.values()) : null;
        if (!f.containsKey("value")) {
            problem(node, "an expected figure needs a 'value'", "write value: null for a vague amount");
        }
        return m == null ? null : new RuleExample.Expected(m, number(f.get("value")), q, number(f.get("low")),
                number(f.get("high")), text(f.get("actor")), text(f.get("group")));
    }

    // ---- node helpers ----------------------------------------------------------------------

    private <T> List<T> list(Node node, java.util.function.Function<Node, T> read) {
        List<T> out = new ArrayList<>();
        for (Node item : items(node)) {
            T t = read.apply(item);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private List<Node> items(Node node) {
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        problem(node, "expected a list", "start each item with '- ' on its own line, or write [a, b]");
        return List.of();
    }

    private Map<String, Node> fields(Node node, Set<String> allowed, String what) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (!(node instanceof MappingNode map)) {
            problem(node, what + " must be a mapping of keys to values", "write it as 'key: value' lines");
            return out;
        }
        for (NodeTuple t : map.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            if (key == null || !allowed.contains(key)) {
                problem(t.getKeyNode(), "unknown key '" + key + "' in " + what,
                        "use " + allowed.stream().sorted().collect(Collectors.joining(", ")));
            } else if (out.containsKey(key)) {
                problem(t.getKeyNode(), "duplicate key '" + key + "' in " + what, "merge the two into one");
            } else {
                out.put(key, t.getValueNode());
            }
        }
        return out;
    }

    private List<String> words(Node node) {
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (node instanceof ScalarNode s) {
            return s.getValue().isBlank() ? List.of() : List.of(s.getValue().strip());
        }
        List<String> out = new ArrayList<>();
        for (Node item : items(node)) {
            if (item instanceof ScalarNode s && !isNull(s) && !s.getValue().isBlank()) {
                out.add(s.getValue().strip());
            } else {
                problem(item, "expected a word or phrase", "write words as a list of plain text: [killed, killing]");
            }
        }
        return out;
    }

    private String text(Node node) {
        if (node == null || isNull(node)) {
            return null;
        }
        if (node instanceof ScalarNode s) {
            return s.getValue().strip();
        }
        problem(node, "expected a single value", "write it on the same line as its key");
        return null;
    }

    private BigDecimal number(Node node) {
        String s = text(node);
        if (s == null) {
            return null;
        }
        try {
            return new BigDecimal(s.replace("_", ""));
        } catch (NumberFormatException e) {
            problem(node, "'" + s + "' is not a number", "write digits only, for example 12 or 3.5, or null");
            return null;
        }
    }

    private <E extends Enum<E>> E enumValue(Node node, String key, Node owner, java.util.function.Function<String, E> of,
                                            E[] values) {
        String s = text(node);
        String allowed = Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        if (s == null) {
            problem(owner, "missing '" + key + "'", "use one of: " + allowed);
            return null;
        }
        try {
            return of.apply(s);
        } catch (IllegalArgumentException e) {
            problem(node, "unknown " + key + " '" + s + "'", "use one of: " + allowed);
            return null;
        }
    }

    private static Set<String> concat(List<String> list, String more) {
        Set<String> out = new LinkedHashSet<>(list);
        out.add(more);
        return Set.copyOf(out);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && (Tag.NULL.equals(s.getTag()) || s.getValue().equals("~")
                || s.isPlain() && s.getValue().equals("null"));
    }

    private String where(Node node) {
        return file + ":" + line(node) + ":" + column(node);
    }

    private static int line(Node node) {
        return node == null ? 1 : node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }

    private static int column(Node node) {
        return node == null ? 1 : node.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
    }

    private void problem(Node node, String message, String hint) {
        problems.add(new Problem(file, line(node), column(node), message, hint));
    }
}

package io.sitrep.analysis;

import io.sitrep.analysis.LocatedYaml.Entry;
import io.sitrep.analysis.LocatedYaml.Mapping;
import io.sitrep.analysis.LocatedYaml.Node;
import io.sitrep.analysis.LocatedYaml.Scalar;
import io.sitrep.analysis.LocatedYaml.Seq;
import io.sitrep.content.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code content/entities.yaml}; a missing file gives an empty dictionary.
 *
 * <p>The file has one list per type ({@code people}, {@code places}, {@code countries},
 * {@code organizations}); each entry has a {@code name} and optional {@code aliases},
 * {@code affiliation}, {@code lat}/{@code lon} and {@code stands_for} (see the comments at the
 * top of the default file). Every mistake is reported as a {@link Problem} at its line and
 * column with a hint, and the entries that are fine are kept.
 */
public final class DictionaryReader {

    private static final Map<String, EntityType> SECTIONS = Map.of(
            "people", EntityType.PERSON, "persons", EntityType.PERSON,
            "places", EntityType.PLACE,
            "countries", EntityType.COUNTRY,
            "organizations", EntityType.ORGANIZATION, "organisations", EntityType.ORGANIZATION);

    private static final Map<EntityType, Set<String>> KEYS = Map.of(
            EntityType.PERSON, Set.of("name", "aliases", "affiliation", "note"),
            EntityType.PLACE, Set.of("name", "aliases", "lat", "lon", "note"),
            EntityType.COUNTRY, Set.of("name", "aliases", "stands_for", "lat", "lon", "note"),
            EntityType.ORGANIZATION, Set.of("name", "aliases", "stands_for", "affiliation", "note"));

    private final YAMLMapper yaml = YAMLMapper.builder().build();

    /**
     * The page id of an entity called {@code name}: its folded name as a slug. Not
     * {@code Slugs.derive}, which is for file names and leaves letters such as ł, ø or ß to
     * become dashes; ids must fold the way names are matched.
     */
    public static String idFor(String name) {
        String slug = TextFold.key(name).replace("'", "").replaceAll("[^a-z0-9]+", "-");
        return slug.replaceAll("^-+|-+$", "");
    }

    public Dictionary read(Path file, String displayName, List<Problem> problems) {
        if (!Files.isRegularFile(file)) {
            return Dictionary.empty();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new Problem(displayName, 1, 1, "cannot be read: " + e.getMessage(),
                    "check that it is a readable UTF-8 text file"));
            return Dictionary.empty();
        }
        return parse(text, displayName, problems);
    }

    /** Reads a dictionary from YAML text; {@code displayName} names it in problems. */
    public Dictionary parse(String text, String displayName, List<Problem> problems) {
        Node root;
        try {
            root = LocatedYaml.read(yaml, text);
        } catch (JacksonException e) {
            var loc = e.getLocation();
            problems.add(new Problem(displayName, loc == null ? 1 : Math.max(1, loc.getLineNr()),
                    loc == null ? 1 : Math.max(1, loc.getColumnNr()),
                    "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""),
                    "check indentation and quote values that contain ':' or '#'"));
            return Dictionary.empty();
        }
        if (root == null || root instanceof Scalar s && s.text() == null) {
            return new Dictionary(List.of(), fingerprint(List.of()));
        }
        Sink sink = new Sink(displayName, problems);
        if (!(root instanceof Mapping sections)) {
            sink.problem(root, "the dictionary must be a mapping of lists",
                    "start with a line 'people:' and list entries under it as '- name: ...'");
            return Dictionary.empty();
        }
        sink.duplicateKeys(sections);
        List<Located> entries = new ArrayList<>();
        for (Entry section : sections.entries().values()) {
            EntityType type = SECTIONS.get(section.key().strip().toLowerCase(Locale.ROOT));
            if (type == null) {
                sink.problem(section.line(), section.column(), "unknown entity type '" + section.key() + "'",
                        "use one of the sections people, places, countries, organizations");
                continue;
            }
            if (section.value() instanceof Scalar s && s.text() == null) {
                continue;
            }
            if (!(section.value() instanceof Seq list)) {
                sink.problem(section.value(), "'" + section.key() + "' must be a list of entries",
                        "write each entry on its own line starting with '- name: '");
                continue;
            }
            for (Node item : list.items()) {
                Located e = new EntryReader(type, sink).read(item);
                if (e != null) {
                    entries.add(e);
                }
            }
        }
        List<Entity> valid = new DictionaryChecks(sink).check(entries);
        return new Dictionary(valid, fingerprint(valid));
    }

    /** SHA-256 of the entities' content, so comments and key order do not change it. */
    static String fingerprint(List<Entity> entities) {
        StringBuilder b = new StringBuilder();
        entities.stream().sorted(Comparator.comparing(Entity::id)).forEach(e -> b
                .append(e.id()).append('\u001f').append(e.name()).append('\u001f').append(e.type().id())
                .append('\u001f').append(String.join("\u001e", e.aliases()))
                .append('\u001f').append(String.join("\u001e", e.standsFor()))
                .append('\u001f').append(e.affiliation()).append('\u001f').append(e.lat())
                .append('\u001f').append(e.lon()).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An entity with the position of its entry, for problems found across entries. */
    record Located(Entity entity, int line, int column, Map<String, int[]> formAt) {
    }

    /** Collects problems of one file. */
    record Sink(String file, List<Problem> problems) {

        void problem(Node at, String message, String hint) {
            problem(at.line(), at.column(), message, hint);
        }

        void problem(int line, int column, String message, String hint) {
            problems.add(new Problem(file, line, column, message, hint));
        }

        void duplicateKeys(Mapping m) {
            for (Entry d : m.duplicates()) {
                problem(d.line(), d.column(), "'" + d.key() + "' is given twice",
                        "keep one '" + d.key() + ":' and merge the values");
            }
        }
    }

    /** Reads one entry of a section. */
    private record EntryReader(EntityType type, Sink sink) {

        Located read(Node item) {
            if (item instanceof Scalar s) {
                if (s.text() == null || s.text().isBlank()) {
                    sink.problem(item, "empty entry", "write '- name: ...' or remove the line");
                    return null;
                }
                String name = s.text().strip();
                Map<String, int[]> at = new LinkedHashMap<>();
                at.put(name, new int[] {s.line(), s.column()});
                return new Located(new Entity(idFor(name), name, type, List.of(), List.of(), null, null, null),
                        s.line(), s.column(), at);
            }
            if (!(item instanceof Mapping m)) {
                sink.problem(item, "an entry must be a name or a mapping with 'name:'",
                        "write '- name: ...' and the other keys indented under it");
                return null;
            }
            sink.duplicateKeys(m);
            Set<String> known = KEYS.get(type);
            for (Entry e : m.entries().values()) {
                if (!known.contains(e.key())) {
                    sink.problem(e.line(), e.column(), "unknown key '" + e.key() + "' for " + plural(type),
                            hintFor(e.key(), known));
                }
            }
            Map<String, int[]> at = new LinkedHashMap<>();
            String name = text(m, "name");
            if (name == null) {
                sink.problem(m, "entry has no name", "add 'name: ...' with the canonical spelling");
                return null;
            }
            Entry nameEntry = m.entries().get("name");
            at.put(name, new int[] {nameEntry.value().line(), nameEntry.value().column()});
            if (idFor(name).isEmpty()) {
                sink.problem(nameEntry.value(), "name '" + name + "' has no letters or digits",
                        "give the name as it is written in articles");
                return null;
            }
            List<String> aliases = list(m, "aliases", at);
            List<String> standsFor = list(m, "stands_for", at);
            String affiliation = text(m, "affiliation");
            if (affiliation != null) {
                Node v = m.entries().get("affiliation").value();
                at.putIfAbsent(affiliation, new int[] {v.line(), v.column()});
            }
            Double[] latLon = known.contains("lat") ? coordinates(m) : new Double[2];
            Entity entity = new Entity(idFor(name), name, type, aliases, standsFor, affiliation, latLon[0], latLon[1]);
            return new Located(entity, m.line(), m.column(), at);
        }

        private String text(Mapping m, String key) {
            Entry e = m.entries().get(key);
            if (e == null || e.value() instanceof Scalar s && s.text() == null) {
                return null;
            }
            if (!(e.value() instanceof Scalar s)) {
                sink.problem(e.value(), "'" + key + "' must be a single value", "write it on one line: " + key + ": ...");
                return null;
            }
            return s.text().isBlank() ? null : s.text().strip();
        }

        private List<String> list(Mapping m, String key, Map<String, int[]> at) {
            Entry e = m.entries().get(key);
            List<String> out = new ArrayList<>();
            if (e == null) {
                return out;
            }
            List<Node> items = e.value() instanceof Seq s ? s.items() : List.of(e.value());
            for (Node item : items) {
                if (item instanceof Scalar s) {
                    if (s.text() != null && !s.text().isBlank() && !out.contains(s.text().strip())) {
                        out.add(s.text().strip());
                        at.putIfAbsent(s.text().strip(), new int[] {s.line(), s.column()});
                    }
                } else {
                    sink.problem(item, "every item of '" + key + "' must be a plain value",
                            "write it as " + key + ": [first, second]");
                }
            }
            return out;
        }

        private Double[] coordinates(Mapping m) {
            Entry lat = m.entries().get("lat");
            Entry lon = m.entries().get("lon");
            if (lat == null && lon == null) {
                return new Double[2];
            }
            if (lat == null || lon == null) {
                Entry given = lat == null ? lon : lat;
                sink.problem(given.line(), given.column(), "'" + given.key() + "' is given without '"
                        + (lat == null ? "lat" : "lon") + "'", "give both lat and lon in decimal degrees, or neither");
                return new Double[2];
            }
            Double la = degrees(lat, 90);
            Double lo = degrees(lon, 180);
            return la == null || lo == null ? new Double[2] : new Double[] {la, lo};
        }

        private Double degrees(Entry e, double limit) {
            String example = e.key().equals("lat") ? "lat: 35.93" : "lon: 36.63";
            if (!(e.value() instanceof Scalar s) || s.text() == null) {
                sink.problem(e.line(), e.column(), "'" + e.key() + "' must be a number", "write it as " + example);
                return null;
            }
            double v;
            try {
                v = Double.parseDouble(s.text().strip());
            } catch (NumberFormatException ex) {
                sink.problem(s, "'" + e.key() + "' is not a number: '" + s.text() + "'",
                        "write decimal degrees, for example " + example + " (south and west are negative)");
                return null;
            }
            if (!Double.isFinite(v) || Math.abs(v) > limit) {
                sink.problem(s, "'" + e.key() + "' " + s.text() + " is outside -" + (int) limit + ".." + (int) limit,
                        e.key().equals("lat") ? "latitude comes first; check that lat and lon are not swapped"
                                : "longitude must be between -180 and 180");
                return null;
            }
            return v;
        }

        private static String hintFor(String key, Set<String> known) {
            String k = key.toLowerCase(Locale.ROOT).replace("-", "_");
            if (k.equals("standsfor")) {
                return "write it as stands_for";
            }
            if (k.equals("alias")) {
                return "write it as aliases: [...]";
            }
            if (k.equals("latitude") || k.equals("longitude") || k.equals("coordinates")) {
                return "give coordinates as two keys, lat and lon, in decimal degrees";
            }
            return "known keys here are " + String.join(", ", new TreeSet<>(known));
        }
    }

    static String plural(EntityType type) {
        return switch (type) {
            case PERSON -> "people";
            case PLACE -> "places";
            case COUNTRY -> "countries";
            case ORGANIZATION -> "organizations";
        };
    }
}

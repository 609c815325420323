package io.sitrep.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes N synthetic articles for benchmarks, recombined from the paragraphs, headings and
 * block quotes of a content folder's articles, in the layout of {@code gen-corpus.py}
 * ({@code OUT/articles/YYYY/slug.md}, YAML front matter). Titles, dates, outlets, authors and
 * tags vary, and every number in a paragraph is perturbed, so no two articles report the same
 * figures. Article {@code i} depends only on the seed and {@code i}: the first 1,000 articles
 * of a 10,000-article corpus are the 1,000-article corpus.
 */
public final class CorpusGenerator {

    private static final List<String> OUTLETS = List.of("Anadolu Agency", "Rudaw", "EA WorldView", "Expatica",
            "Hurriyet Daily News", "Al-Monitor", "Reuters", "AFP", "Daily Sabah", "Kurdistan 24", "Middle East Eye",
            "TASS");
    /** Drawn with weights 1/(k+1), so tag pages have very different sizes. */
    private static final List<String> TAGS = List.of("idlib", "turkey", "russia", "syria", "erdogan", "putin", "assad",
            "ceasefire", "sochi-deal", "observation-posts", "refugees", "displacement", "humanitarian", "un", "nato",
            "diplomacy", "military", "air-strikes", "saraqeb", "m4-highway", "hama", "aleppo", "hts", "kurds",
            "s-400", "energy", "economy", "eu", "border", "ankara", "moscow", "damascus");
    private static final List<String> FIRST = List.of("Ayse", "Mehmet", "Olga", "Dmitry", "Lina", "Omar", "Sarah",
            "James", "Elif", "Kerem", "Nadia", "Yusuf", "Anna", "Sergei", "Hana", "Tom");
    private static final List<String> LAST = List.of("Yilmaz", "Kaya", "Ivanova", "Petrov", "Haddad", "Khalil",
            "Miller", "Brown", "Demir", "Aydin", "Rahman", "Celik", "Smirnova", "Volkov", "Nasser", "Walker");
    private static final List<String> ACTORS = List.of("Erdogan", "Putin", "Akar", "Cavusoglu", "Peskov", "Turkey",
            "Russia", "Ankara", "Moscow", "UN envoy", "Assad regime", "Kremlin", "NATO", "Guterres");
    private static final List<String> VERBS = List.of("warns over", "urges halt to", "rejects", "signals shift on",
            "vows action on", "threatens", "softens stance on", "discusses", "calls for talks on", "defends");
    private static final List<String> OBJECTS = List.of("Idlib offensive", "ceasefire in Idlib",
            "observation posts", "Sochi deal", "S-400 purchase", "refugee flow", "talks with Moscow", "M4 highway",
            "humanitarian crisis", "Saraqeb fighting", "troop deployment", "border crossings");
    private static final List<String> HEADINGS = List.of("Diplomatic track", "On the ground", "Humanitarian toll",
            "What comes next", "Reaction in Moscow", "Reaction in Ankara", "Background", "Military balance");
    private static final LocalDateTime FIRST_DAY = LocalDateTime.of(2019, 12, 1, 0, 0);
    private static final long SPAN_SECONDS = 121L * 24 * 3600 - 1; // to the end of March 2020
    /** A number in running text: "76", "800,000"; not part of a word, a decimal or a hyphenated compound. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w\\-.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?!\\w)");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);

    /** The material articles are made of. */
    public record Pool(List<String> paragraphs, List<String> headings, List<String> quotes) {

        public Pool {
            if (paragraphs.isEmpty()) {
                throw new IllegalArgumentException("no paragraphs to recombine");
            }
            paragraphs = List.copyOf(paragraphs);
            headings = List.copyOf(headings);
            quotes = List.copyOf(quotes);
        }
    }

    /** One generated article: where it goes under the output folder, and its text. */
    public record GeneratedArticle(String path, String text) {
    }

    private final Pool pool;
    private final long seed;

    public CorpusGenerator(Pool pool, long seed) {
        this.pool = pool;
        this.seed = seed;
    }

    /** The paragraphs, {@code ##} headings and {@code >} quotes of every article under {@code articles}. */
    public static Pool poolOf(Path articles) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(articles)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        TreeSet<String> paragraphs = new TreeSet<>();
        TreeSet<String> headings = new TreeSet<>();
        TreeSet<String> quotes = new TreeSet<>();
        for (Path f : files) {
            for (String block : body(Files.readString(f, StandardCharsets.UTF_8)).split("\\n\\s*\\n")) {
                String b = block.strip();
                if (b.startsWith("## ")) {
                    headings.add(b.substring(3).strip());
                } else if (b.startsWith(">")) {
                    quotes.add(b);
                } else if (!b.isEmpty() && !b.startsWith("#") && !b.startsWith("|") && b.split("\\s+").length >= 12) {
                    paragraphs.add(b);
                }
            }
        }
        return new Pool(new ArrayList<>(paragraphs), new ArrayList<>(headings), new ArrayList<>(quotes));
    }

    /** The text after the front matter. */
    static String body(String text) {
        String t = text.replace("\r\n", "\n");
        if (!t.startsWith("---\n")) {
            return t;
        }
        int end = t.indexOf("\n---", 4);
        return end < 0 ? t : t.substring(t.indexOf('\n', end + 1) + 1);
    }

    /** Article number {@code i}. */
    public GeneratedArticle article(int i) {
        SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        String actor = pick(rng, ACTORS);
        String title = actor + " " + pick(rng, VERBS) + " " + pick(rng, OBJECTS);
        LocalDateTime date = FIRST_DAY.plusSeconds(rng.nextLong(SPAN_SECONDS));
        String outlet = pick(rng, OUTLETS);
        String slug = slug(title) + String.format(Locale.ROOT, "-%05d", i);
        List<String> tags = new ArrayList<>();
        for (int k = rng.nextInt(2, 6); k > 0; k--) {
            String tag = weightedTag(rng);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        String author = pick(rng, FIRST) + " " + pick(rng, LAST);
        String host = outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        String url = String.format(Locale.ROOT, "https://%s.example/%04d/%02d/%s", host, date.getYear(),
                date.getMonthValue(), slug);
        StringBuilder text = new StringBuilder(6000)
                .append("---\n")
                .append("title: ").append(quoted(title)).append('\n')
                .append("date: ").append(ISO.format(date.atOffset(ZoneOffset.UTC))).append('\n')
                .append("source: ").append(quoted(outlet)).append('\n')
                .append("url: ").append(quoted(url)).append('\n')
                .append("tags: [").append(String.join(", ", tags)).append("]\n")
                .append("author: ").append(quoted(author)).append('\n')
                .append("---\n\n")
                .append(body(rng));
        return new GeneratedArticle("articles/" + date.getYear() + "/" + slug + ".md", text.toString());
    }

    private String body(SplittableRandom rng) {
        int target = rng.nextInt(470, 821);
        int quoteAt = rng.nextInt(2, 6);
        int nextHeading = rng.nextInt(2, 5);
        List<String> blocks = new ArrayList<>();
        int words = 0;
        for (int k = 1; words < target; k++) {
            if (k == nextHeading) {
                String h = !pool.headings().isEmpty() && rng.nextInt(10) < 4 ? pick(rng, pool.headings())
                        : pick(rng, HEADINGS);
                blocks.add("## " + h);
                nextHeading += rng.nextInt(3, 6);
            }
            String block = k == quoteAt && !pool.quotes().isEmpty() ? pick(rng, pool.quotes())
                    : pick(rng, pool.paragraphs());
            block = perturb(block, rng);
            blocks.add(block);
            words += block.split("\\s+").length;
        }
        return String.join("\n\n", blocks) + "\n";
    }

    /** Every number but a year changes: small ones by a few, large ones by -40 % to +60 %, rounded. */
    static String perturb(String text, SplittableRandom rng) {
        Matcher m = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) {
            String token = m.group(1);
            long n = Long.parseLong(token.replace(",", ""));
            long v;
            if (n >= 1990 && n <= 2030 && !token.contains(",")) {
                v = n;
            } else if (n < 32) {
                v = Math.max(1, Math.min(28, n + rng.nextInt(-3, 4)));
            } else {
                v = (long) (n * (0.6 + rng.nextDouble()));
                long q = (long) Math.pow(10, Math.max(0, String.valueOf(v).length() - 2));
                v = Math.max(q, v / q * q);
            }
            String s = token.contains(",") || v >= 10_000 ? String.format(Locale.ROOT, "%,d", v) : String.valueOf(v);
            m.appendReplacement(out, s);
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String weightedTag(SplittableRandom rng) {
        double total = 0;
        for (int k = 0; k < TAGS.size(); k++) {
            total += 1.0 / (k + 1);
        }
        double x = rng.nextDouble() * total;
        for (int k = 0; k < TAGS.size(); k++) {
            x -= 1.0 / (k + 1);
            if (x <= 0) {
                return TAGS.get(k);
            }
        }
        return TAGS.get(TAGS.size() - 1);
    }

    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.length() > 60 ? s.substring(0, 60).replaceAll("-$", "") : s;
    }

    private static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static <T> T pick(SplittableRandom rng, List<T> list) {
        return list.get(rng.nextInt(list.size()));
    }
}

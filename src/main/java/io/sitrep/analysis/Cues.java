package io.sitrep.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed word lists the finders share: titles before names, role nouns, speech verbs,
 * organization nouns. All in lower case; compare with {@link WordTokens#lower(int)}.
 */
final class Cues {

    /** Words that stand right before a person's name: "President Putin", "Mr Trump". */
    static final Set<String> TITLES = Set.of(
            "president", "minister", "premier", "chancellor", "spokesman", "spokeswoman", "spokesperson",
            "secretary-general", "secretary", "envoy", "ambassador", "general", "gen", "commander", "colonel",
            "col", "lieutenant", "lt", "major", "maj", "captain", "capt", "sergeant", "sgt", "admiral", "adm",
            "brigadier", "marshal", "king", "queen", "prince", "princess", "emir", "sheikh", "sultan",
            "senator", "sen", "representative", "rep", "congressman", "congresswoman", "governor", "gov",
            "mayor", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "judge", "prosecutor", "chairman",
            "chairwoman", "chair", "director", "director-general", "coordinator", "adviser", "advisor",
            "counterpart", "leader", "chief", "pope", "patriarch", "ayatollah", "imam", "rapporteur",
            "commissioner", "mp", "lawmaker", "deputy", "vice-president", "official", "diplomat",
            "negotiator", "mediator", "activist", "analyst", "researcher", "journalist", "correspondent",
            "photographer", "doctor", "chief-of-staff", "lord", "sir", "dame");

    /** Role nouns that head a description of a person: "the foreign minister said". */
    static final Set<String> PERSON_ROLES = Set.of(
            "president", "minister", "premier", "chancellor", "spokesman", "spokeswoman", "spokesperson",
            "secretary-general", "secretary", "envoy", "ambassador", "general", "commander", "king", "queen",
            "prince", "emir", "senator", "governor", "mayor", "judge", "prosecutor", "chairman", "chairwoman",
            "director", "director-general", "coordinator", "adviser", "advisor", "counterpart", "leader",
            "chief", "pope", "commissioner", "official", "diplomat", "negotiator", "mediator", "lawmaker",
            "deputy", "vice-president", "head");

    /** Nouns that head a description of an organization or state: "the army vowed". */
    static final Set<String> ORGANIZATION_NOUNS = Set.of(
            "army", "military", "ministry", "government", "regime", "authorities", "administration",
            "agency", "party", "group", "observatory", "monitor", "council", "office", "mission", "forces",
            "coalition", "alliance", "movement", "organization", "organisation", "committee", "command",
            "presidency", "cabinet", "parliament", "embassy", "navy", "police", "court", "commission",
            "union", "front", "militia", "statement", "communique", "communiqué", "report", "announcement",
            "declaration");

    /** Nouns that are a message rather than the speaker: "the Russian statement read". */
    static final Set<String> MESSAGE_NOUNS = Set.of(
            "statement", "communique", "communiqué", "report", "announcement", "declaration");

    /** Adjectives that sit inside a title: "foreign minister", "special envoy". */
    static final Set<String> ROLE_MODIFIERS = Set.of(
            "foreign", "defense", "defence", "interior", "finance", "justice", "health", "economy", "energy",
            "prime", "deputy", "vice", "special", "presidential", "senior", "top", "chief", "former",
            "acting", "military", "national", "security", "intelligence", "state", "state-run", "state-owned",
            "opposition", "rebel", "regional", "local", "general", "press", "new", "then", "veteran",
            "supreme", "high", "foreign-affairs", "un", "human", "rights", "humanitarian", "emergency",
            "relief", "joint", "party", "army", "government");

    /** Finite speech verbs: the subject before them (or the name after them) is the speaker. */
    static final Set<String> SPEECH_VERBS = Set.of(
            "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "announced",
            "announces", "claimed", "claims", "warned", "warns", "vowed", "vows", "urged", "urges",
            "insisted", "insists", "stressed", "stresses", "noted", "notes", "declared", "declares",
            "demanded", "demands", "promised", "promises", "threatened", "threatens", "pledged", "pledges",
            "argued", "argues", "suggested", "suggests", "admitted", "admits", "denied", "denies",
            "accused", "accuses", "asked", "asks", "replied", "replies", "wrote", "writes", "tweeted",
            "tweets", "posted", "explained", "explains", "affirmed", "affirms", "asserted", "asserts",
            "confirmed", "confirms", "reiterated", "reiterates", "emphasized", "emphasised", "emphasizes",
            "emphasises", "acknowledged", "acknowledges", "cautioned", "cautions", "predicted", "predicts",
            "charged", "countered", "counters", "recalled", "recalls", "maintained", "maintains", "conceded",
            "concedes", "alleged", "alleges", "called", "calls", "described", "describes", "read", "reads",
            "responded", "responds", "commented", "comments", "concluded", "concludes", "continued",
            "continues", "complained", "complains", "condemned", "condemns", "blamed",
            "blames", "welcomed", "welcomes", "hinted", "hints", "indicated", "indicates", "reported",
            "reports", "signalled", "signaled", "quipped", "shouted", "wondered", "whispered");

    /** Speech verbs in -ing form, whose speaker is the subject of the clause they hang on. */
    static final Set<String> SPEECH_PARTICIPLES = Set.of(
            "saying", "telling", "adding", "claiming", "warning", "vowing", "urging", "insisting",
            "stressing", "noting", "declaring", "demanding", "promising", "threatening", "pledging",
            "arguing", "suggesting", "admitting", "denying", "accusing", "asking", "calling", "describing",
            "explaining", "affirming", "asserting", "reiterating", "emphasizing", "emphasising",
            "acknowledging", "cautioning", "alleging", "announcing", "stating", "blaming", "condemning",
            "writing", "tweeting", "complaining", "predicting");

    /** Words that may stand between a subject and its verb: "Erdogan also said", "has warned". */
    static final Set<String> VERB_FILLERS = Set.of(
            "also", "further", "then", "again", "later", "earlier", "previously", "once", "still", "now",
            "has", "had", "have", "was", "were", "is", "are", "would", "will", "did", "does", "do",
            "separately", "however", "meanwhile", "too", "himself", "herself", "itself", "recently",
            "yesterday", "today", "tonight", "publicly", "privately", "not", "already", "just", "been");

    /** Words that open a sentence before its subject: "But", "Meanwhile". */
    static final Set<String> OPENERS = Set.of(
            "but", "and", "however", "meanwhile", "instead", "significantly", "still", "yet", "so", "now",
            "also", "then", "finally", "earlier", "later", "separately", "indeed", "moreover", "thus",
            "nevertheless", "nonetheless", "similarly", "likewise", "again", "today", "yesterday",
            "tonight", "first", "second", "third", "lastly", "overall");

    /** Words that open an adverbial clause ending at a comma: "On Thursday, …", "Speaking to …, …". */
    static final Set<String> CLAUSE_OPENERS = Set.of(
            "on", "in", "at", "after", "before", "since", "while", "when", "as", "during", "under", "despite",
            "following", "amid", "although", "though", "if", "with", "without", "for", "from", "to", "by",
            "unlike", "like", "given", "according", "asked", "speaking", "returning", "referring",
            "writing", "responding", "addressing", "talking", "meeting", "visiting", "whereas", "until",
            "once", "because", "over", "within", "throughout", "last", "earlier", "later", "this", "next");

    /** Abbreviated titles whose period belongs to the name: "Col. Gen. Oleksandr Syrskyi". */
    static final Set<String> ABBREVIATED_TITLES = Set.of("col", "gen", "lt", "maj", "capt", "sgt", "dr", "mr",
            "mrs", "ms", "prof", "sen", "rep", "gov", "adm", "brig", "st", "jr", "sr", "cmdr", "rev", "pres");

    /** Words that open an aside between commas after a name: ", the …", ", whose …", ", speaking …". */
    static final Set<String> ASIDE_OPENERS = Set.of("the", "a", "an", "his", "her", "its", "their", "who", "whose",
            "which", "himself", "herself", "also", "in", "at", "from", "then", "now", "once", "until", "and");

    /** Lower-case particles inside Arabic, Dutch, German names: "Bashar al-Assad", "van der Leyen". */
    static final Set<String> NAME_PARTICLES = Set.of("al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ibn",
            "bin", "ben", "abu", "de", "da", "di", "van", "von", "der", "du", "le", "la", "ould");

    static final Set<String> DETERMINERS = Set.of(
            "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those");

    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");

    /** Word classes, as bits of {@link #flags(String)}. */
    static final int SPEECH_VERB = 1;
    static final int SPEECH_PARTICIPLE = 1 << 1;
    static final int DATE_START = 1 << 2;

    /** Every listed word with its classes: one look-up per word instead of one per list. */
    private static final Map<String, Integer> FLAGS = buildFlags();
    /** The same, looked up by characters. */
    private static final WordTable FLAG_TABLE = new WordTable(FLAGS);

    private Cues() {
    }

    /** The classes of a lower-case word, as bits; 0 for a word in no list. */
    static int flags(String lower) {
        Integer f = FLAGS.get(lower);
        return f == null ? 0 : f;
    }

    /** {@link #flags(String)} of the ASCII word {@code chars[start, end)} lower-cased, without making it. */
    static int flags(char[] chars, int start, int end) {
        int f = FLAG_TABLE.get(chars, start, end);
        return f == WordTable.ABSENT ? 0 : f;
    }

    private static Map<String, Integer> buildFlags() {
        Map<String, Integer> m = new HashMap<>();
        SPEECH_VERBS.forEach(w -> m.merge(w, SPEECH_VERB, (a, b) -> a | b));
        SPEECH_PARTICIPLES.forEach(w -> m.merge(w, SPEECH_PARTICIPLE, (a, b) -> a | b));
        List.of(DateRules.DATE_STARTS, DateRules.MONTHS.keySet(), DateRules.MONTH_ABBREVIATIONS.keySet(),
                DateRules.WEEKDAYS.keySet(), DateRules.SMALL_NUMBERS.keySet())
                .forEach(set -> set.forEach(w -> m.merge(w, DATE_START, (a, b) -> a | b)));
        return Map.copyOf(m);
    }

    /** Whether token {@code k} is the period of an abbreviated title ("Gen."). */
    static boolean titlePeriod(WordTokens t, int k) {
        return t.isMark(k, '.') && t.isWord(k - 1) && ABBREVIATED_TITLES.contains(t.lower(k - 1));
    }

    /**
     * Whether the words after a comma at {@code k - 1} open an aside: a determiner, a role
     * ("commander of …"), a relative pronoun, or a participle ("speaking in Port Sudan").
     */
    static boolean opensAside(WordTokens t, int k) {
        if (!t.isWord(k)) {
            return false;
        }
        String w = t.lower(k);
        return ASIDE_OPENERS.contains(w) || PERSON_ROLES.contains(normalizeRole(w))
                || !t.capitalized(k) && (w.endsWith("ing") || w.endsWith("ed")) && w.length() > 4;
    }

    /** "spokeswoman", "spokesperson" and "spokesman" are one role. */
    static String normalizeRole(String role) {
        return switch (role) {
            case "spokeswoman", "spokesman" -> "spokesperson";
            case "advisor" -> "adviser";
            case "chairwoman", "chair" -> "chairman";
            default -> role;
        };
    }
}

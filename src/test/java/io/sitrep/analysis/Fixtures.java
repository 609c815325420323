package io.sitrep.analysis;

import io.sitrep.content.Markdown;
import io.sitrep.content.PlainText;
import io.sitrep.content.PlainTextExtractor;
import io.sitrep.content.Problem;
import java.util.ArrayList;
import java.util.List;

/** Small builders shared by the analysis tests. */
final class Fixtures {

    private static final Markdown MARKDOWN = new Markdown();

    private Fixtures() {
    }

    /** The plain text of a Markdown body. */
    static PlainText plain(String markdown) {
        return PlainTextExtractor.extract(MARKDOWN.parse(markdown));
    }

    /** A dictionary read from YAML text; fails the test on any problem. */
    static Dictionary dictionary(String yaml) {
        List<Problem> problems = new ArrayList<>();
        Dictionary d = new DictionaryReader().parse(yaml, "entities.yaml", problems);
        if (!problems.isEmpty()) {
            throw new AssertionError("dictionary problems: " + problems);
        }
        return d;
    }

    /** A small dictionary for conflicts other than the seeds' (Ukraine, Gaza, Sudan). */
    static Dictionary otherConflicts() {
        return dictionary("""
                people:
                  - name: Volodymyr Zelensky
                    aliases: [Zelenskyy]
                    affiliation: Ukraine
                  - name: Dmitry Peskov
                    affiliation: Russia
                  - name: Sergei Lavrov
                    affiliation: Russia
                  - name: Abdel Fattah al-Burhan
                    affiliation: Sudan
                  - name: Benjamin Netanyahu
                    affiliation: Israel
                places:
                  - name: Kharkiv
                    aliases: [Kharkov]
                    lat: 49.99
                    lon: 36.23
                  - name: El Fasher
                    aliases: [al-Fashir]
                    lat: 13.63
                    lon: 25.35
                  - name: Kyiv
                    lat: 50.45
                    lon: 30.52
                  - name: Moscow
                    lat: 55.76
                    lon: 37.62
                countries:
                  - name: Ukraine
                    stands_for: [Kyiv, Ukrainian]
                  - name: Russia
                    stands_for: [Moscow, Kremlin, Russian]
                  - name: Sudan
                    stands_for: [Khartoum, Sudanese]
                  - name: Israel
                    stands_for: [Israeli]
                  - name: United States
                    aliases: [US, U.S.]
                    stands_for: [Washington, American]
                organizations:
                  - name: United Nations
                    aliases: [UN]
                  - name: Rapid Support Forces
                    aliases: [RSF]
                    affiliation: Sudan
                  - name: Sudanese Armed Forces
                    aliases: [SAF, Sudanese army]
                    affiliation: Sudan
                  - name: Hamas
                  - name: Russian Defence Ministry
                    aliases: [Russian defense ministry]
                    affiliation: Russia
                """);
    }
}

package io.sitrep.cli;

import io.sitrep.SiteBuild;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options {@code build}, {@code check} and {@code serve} share. */
final class BuildOptions {

    @Option(names = "--content", paramLabel = "DIR", description = "content folder (default: ${DEFAULT-VALUE})")
    Path content = Path.of("content");

    @Option(names = "--templates", paramLabel = "DIR", description = "templates folder (default: ${DEFAULT-VALUE})")
    Path templates = Path.of("templates");

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out = Path.of("site");

    @Option(names = "--base-url", paramLabel = "URL", description = "address the site is published at (overrides briefing.yaml)")
    String baseUrl;

    @Option(names = "--drafts", description = "include articles marked draft: true")
    boolean drafts;

    @Option(names = "--force", description = "build into a non-empty folder sitrep did not create")
    boolean force;

    @Option(names = "--clean", description = "ignore what the previous build wrote and write every file")
    boolean clean;

    SiteBuild.Options toOptions() {
        return new SiteBuild.Options(content, templates, out, baseUrl, drafts, force, clean);
    }
}

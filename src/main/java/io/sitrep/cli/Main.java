package io.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command. Exit codes: 0 success, 1 content errors, 2 bad usage. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Turns news articles in Markdown into a linked static briefing site.",
        subcommands = {BuildCommand.class, CheckCommand.class, PdfCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}

package io.sitrep.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code sitrep} command.
 *
 * <p>Exit codes: 0 success; 1 the input or the build failed (content or template errors, an
 * output folder that cannot be written or is locked by another build); 2 the command line
 * cannot be acted on as given (unknown option, bad value, a content or templates folder that
 * does not exist, an output folder that overlaps the sources or holds files sitrep did not write).
 * Running out of memory is exit 1 with one line that says how to give sitrep more.
 */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Turns news articles in Markdown into a linked static briefing site.",
        subcommands = {BuildCommand.class, CheckCommand.class, PdfCommand.class, ImportCommand.class,
            ServeCommand.class, CorpusCommand.class})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    /** Whether progress bars may be drawn: only for a real console, never for captured output. */
    final boolean interactive;

    Main(boolean interactive) {
        this.interactive = interactive;
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        PrintWriter out = new PrintWriter(new PrintStream(System.out, true, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new PrintStream(System.err, true, StandardCharsets.UTF_8), true);
        System.exit(run(System.console() != null, out, err, args));
    }

    /** Runs the command line with the process's output and returns its exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line, writing to {@code out} and {@code err}; never exits the JVM (for tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(false, out, err, args);
    }

    private static int run(boolean interactive, PrintWriter out, PrintWriter err, String... args) {
        int code;
        try {
            code = execute(interactive, out, err, args);
        } catch (OutOfMemoryError e) {
            // The build's data went with the frames that held it: there is room for one line. A
            // build's output was dropped on the way (StagedSite), so the previous site is intact.
            err.println(OutOfMemory.message(e));
            code = FAILED;
        }
        out.flush();
        err.flush();
        return code;
    }

    private static int execute(boolean interactive, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main(interactive));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, argv) -> {
            PrintWriter w = e.getCommandLine().getErr();
            w.println(e.getMessage());
            w.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            w.flush();
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            PrintWriter w = commandLine.getErr();
            w.println("sitrep: internal error: " + e);
            e.printStackTrace(w);
            w.println("This is a bug in sitrep; please report it with the lines above.");
            w.flush();
            return FAILED;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: give 'build' or 'check'");
    }
}

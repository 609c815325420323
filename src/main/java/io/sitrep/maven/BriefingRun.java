package io.sitrep.maven;

import io.sitrep.SiteBuild;
import io.sitrep.aggregate.Briefing;
import io.sitrep.content.ContentException;
import io.sitrep.content.Problem;
import io.sitrep.publish.PublishException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Runs the sitrep pipeline for a goal or the report and puts its problems in Maven's terms:
 * every content problem is logged as an error line {@code file:line:col: message; hint}, as
 * the command line prints it, with files relative to the project folder; the goal then fails,
 * or only warns when {@code failOnError} is false.
 */
final class BriefingRun {

    private final Log log;
    private final Path basedir;
    private final boolean failOnError;

    BriefingRun(Log log, Path basedir, boolean failOnError) {
        this.log = log;
        this.basedir = basedir.toAbsolutePath().normalize();
        this.failOnError = failOnError;
    }

    /** Builds the site; empty when it failed and {@code failOnError} is false. */
    Optional<SiteBuild.Result> build(SiteBuild.Options options) throws MojoFailureException {
        long start = System.nanoTime();
        try {
            SiteBuild.Result r = new SiteBuild().run(options);
            log.info(String.format(java.util.Locale.ROOT, "%d article%s → %d files (%d written, %d removed) in %s, %.1f s",
                    r.articles(), r.articles() == 1 ? "" : "s", r.files(), r.written(), r.removed(),
                    shown(options.out()), (System.nanoTime() - start) / 1e9));
            return Optional.of(r);
        } catch (ContentException e) {
            return failed(e);
        } catch (PublishException e) {
            return failed(shown(options.out()) + ": " + e.getMessage());
        }
    }

    /** Validates content and templates, writing nothing; empty when it found problems and {@code failOnError} is false. */
    Optional<Briefing> check(SiteBuild.Options options) throws MojoFailureException {
        try {
            Briefing b = new SiteBuild().check(options);
            log.info(b.articles().size() + " articles checked, no problems");
            return Optional.of(b);
        } catch (ContentException e) {
            return failed(e);
        }
    }

    private <T> Optional<T> failed(ContentException e) throws MojoFailureException {
        for (Problem p : e.problems()) {
            log.error(relative(p).toString());
        }
        int n = e.problems().size();
        return failed(n + " problem" + (n == 1 ? "" : "s") + " in the briefing (listed above); nothing was written");
    }

    /** No cause is attached: Maven would print its message again after ours. */
    private <T> Optional<T> failed(String message) throws MojoFailureException {
        if (failOnError) {
            throw new MojoFailureException(message);
        }
        log.warn(message + " (failOnError is false, so the build goes on)");
        return Optional.empty();
    }

    /** The problem with its file relative to the project folder, as the CLI run there would print it. */
    Problem relative(Problem p) {
        return new Problem(shown(p.file()), p.line(), p.column(), p.message(), p.hint());
    }

    private String shown(Path path) {
        return shown(path.toString());
    }

    private String shown(String file) {
        try {
            Path path = Path.of(file);
            if (path.isAbsolute() && path.normalize().startsWith(basedir)) {
                return basedir.relativize(path.normalize()).toString();
            }
        } catch (InvalidPathException e) {
            // not a path (a template name, say): shown as it is
        }
        return file;
    }
}

package io.sitrep.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code sitrep:check}: validates the content and templates without writing anything, like {@code sitrep check}. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractSitrepMojo {

    @Override
    void run(BriefingRun run) throws MojoExecutionException, MojoFailureException {
        // check() writes nothing, so the output folder is never touched
        run.check(options(buildDirectory.toPath().resolve("briefing"), false, false));
    }
}

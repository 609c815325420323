package io.sitrep.maven;

import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code sitrep:build}: builds the briefing site from the content folder, like {@code sitrep build}. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class BuildMojo extends AbstractSitrepMojo {

    /** The output folder. sitrep only writes inside it and keeps its bookkeeping in {@code .sitrep/} there. */
    @Parameter(property = "sitrep.output", defaultValue = "${project.build.directory}/briefing", required = true)
    File output;

    /** Build into a non-empty folder that sitrep did not create. */
    @Parameter(property = "sitrep.force", defaultValue = "false")
    boolean force;

    /** Ignore what the previous build wrote and write every file. */
    @Parameter(property = "sitrep.clean", defaultValue = "false")
    boolean clean;

    @Override
    void run(BriefingRun run) throws MojoExecutionException, MojoFailureException {
        run.build(options(output.toPath(), force, clean));
    }
}

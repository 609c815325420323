package io.sitrep.maven;

import io.sitrep.SiteBuild;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters the {@code build} and {@code check} goals share, with the same defaults as the CLI's options. */
abstract class AbstractSitrepMojo extends AbstractMojo {

    /** The content folder: {@code briefing.yaml}, {@code entities.yaml}, {@code articles/**}/{@code *.md}. */
    @Parameter(property = "sitrep.content", defaultValue = "${project.basedir}/content", required = true)
    File content;

    /** The templates folder; when it does not exist, the templates bundled with sitrep are used. */
    @Parameter(property = "sitrep.templates", defaultValue = "${project.basedir}/templates", required = true)
    File templates;

    /** The address the site is published at; overrides {@code base_url} in {@code briefing.yaml}. */
    @Parameter(property = "sitrep.baseUrl")
    String baseUrl;

    /** Include articles marked {@code draft: true}. */
    @Parameter(property = "sitrep.drafts", defaultValue = "false")
    boolean drafts;

    /** Fail the build on content or template errors; when false they are logged and the build goes on. */
    @Parameter(property = "sitrep.failOnError", defaultValue = "true")
    boolean failOnError;

    /** Skip this goal. */
    @Parameter(property = "sitrep.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("sitrep is skipped (sitrep.skip)");
            return;
        }
        run(new BriefingRun(getLog(), basedir.toPath(), failOnError));
    }

    abstract void run(BriefingRun run) throws MojoExecutionException, MojoFailureException;

    /** The pipeline's options for an output folder, with the bundled templates when the project has none. */
    SiteBuild.Options options(Path out, boolean force, boolean clean) throws MojoExecutionException {
        try {
            Path templateDir = new BundledTemplates(getClass().getClassLoader())
                    .resolve(templates.toPath(), buildDirectory.toPath().resolve("sitrep-templates"), getLog());
            String url = baseUrl == null || baseUrl.isBlank() ? null : baseUrl;
            return new SiteBuild.Options(content.toPath(), templateDir, out, url, drafts, force, clean);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot prepare the bundled templates: " + e.getMessage(), e);
        }
    }
}

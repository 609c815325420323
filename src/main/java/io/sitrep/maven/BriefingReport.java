package io.sitrep.maven;

import io.sitrep.SiteBuild;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * {@code sitrep:report}: the briefing as a Maven site report. {@code mvn site} writes the
 * whole briefing under {@code target/site/briefing/} and lists "Briefing" under Project
 * Reports. The briefing is a site of its own, so the report is external: it writes its
 * files itself and the site only links to {@code briefing/index.html}.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public final class BriefingReport extends AbstractMavenReport {

    /** The folder under the site that holds the briefing. */
    static final String FOLDER = "briefing";

    /** The content folder: {@code briefing.yaml}, {@code entities.yaml}, {@code articles/**}/{@code *.md}. */
    @Parameter(property = "sitrep.content", defaultValue = "${project.basedir}/content", required = true)
    File content;

    /** The templates folder; when it does not exist, the templates bundled with sitrep are used. */
    @Parameter(property = "sitrep.templates", defaultValue = "${project.basedir}/templates", required = true)
    File templates;

    /** The address the briefing is published at; overrides {@code base_url} in {@code briefing.yaml}. */
    @Parameter(property = "sitrep.baseUrl")
    String baseUrl;

    /** Include articles marked {@code draft: true}. */
    @Parameter(property = "sitrep.drafts", defaultValue = "false")
    boolean drafts;

    /** Fail the site on content or template errors; when false they are logged and the briefing is left out. */
    @Parameter(property = "sitrep.failOnError", defaultValue = "true")
    boolean failOnError;

    /** Leave the briefing out of the site. */
    @Parameter(property = "sitrep.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    @Override
    public String getOutputName() {
        return FOLDER + "/index";
    }

    @Override
    public boolean isExternalReport() {
        return true;
    }

    @Override
    public String getName(Locale locale) {
        return "Briefing";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The briefing sitrep built from the project's articles: figures, timeline, people, places and sources.";
    }

    /** Only projects with a content folder have a briefing. */
    @Override
    public boolean canGenerateReport() {
        return !skip && content.isDirectory();
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        Path basedir = project != null ? project.getBasedir().toPath() : content.toPath().toAbsolutePath().getParent();
        Path out = getReportOutputDirectory().toPath().resolve(FOLDER);
        try {
            Path templateDir = new BundledTemplates(getClass().getClassLoader())
                    .resolve(templates.toPath(), buildDirectory.toPath().resolve("sitrep-templates"), getLog());
            String url = baseUrl == null || baseUrl.isBlank() ? null : baseUrl;
            new BriefingRun(getLog(), basedir, failOnError)
                    .build(new SiteBuild.Options(content.toPath(), templateDir, out, url, drafts, false, false));
        } catch (MojoFailureException e) {
            throw new MavenReportException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MavenReportException("cannot prepare the bundled templates: " + e.getMessage(), e);
        }
    }
}

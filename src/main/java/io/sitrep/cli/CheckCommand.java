package io.sitrep.cli;

import io.sitrep.SiteBuild;
import io.sitrep.aggregate.Briefing;
import io.sitrep.content.ContentException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sitrep check}: validate content and templates, write nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate the content and templates without writing anything.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    BuildOptions options = new BuildOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            Briefing b = new SiteBuild().check(options.toOptions());
            spec.commandLine().getOut().printf("%d articles checked, no problems%n", b.articles().size());
            spec.commandLine().getOut().flush();
            return 0;
        } catch (ContentException e) {
            return BuildCommand.report(spec.commandLine().getErr(), e);
        }
    }
}

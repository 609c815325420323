package io.sitrep.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The one Freemarker configuration of a build. {@code .ftlh} templates escape HTML and
 * {@code .ftlx} templates escape XML automatically, so no article text can inject markup.
 * Templates cannot reach Java classes ({@code ?api} and {@code ?new} are off).
 */
public final class Templates {

    /** {@code <#import "x">} and {@code <#include "x">}: the other templates a template uses. */
    private static final java.util.regex.Pattern USES =
            java.util.regex.Pattern.compile("<#(?:import|include)\\s+\"([^\"]+)\"");

    private final Configuration config;
    private final Path dir;
    private final java.util.Map<String, String> fingerprints = new java.util.concurrent.ConcurrentHashMap<>();

    public Templates(Path dir) throws IOException {
        this.dir = dir;
        Configuration c = new Configuration(Configuration.VERSION_2_3_35);
        c.setTemplateLoader(new FileTemplateLoader(dir.toFile()));
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setRecognizeStandardFileExtensions(true);
        c.setRegisteredCustomOutputFormats(java.util.List.of(HTMLOutputFormat.INSTANCE, XMLOutputFormat.INSTANCE));
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setLocale(Locale.ENGLISH);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setAPIBuiltinEnabled(false);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        this.config = c;
    }

    public Path dir() {
        return dir;
    }

    /**
     * A digest of template {@code name} and of every template it imports or includes, directly
     * or not: what a page made with it depends on besides its model. A missing file counts as
     * empty (rendering reports it).
     */
    public String fingerprint(String name) {
        return fingerprints.computeIfAbsent(name, n -> {
            java.util.SortedMap<String, String> used = new java.util.TreeMap<>();
            collect(n, used);
            return PageKeys.of(used.toString());
        });
    }

    private void collect(String name, java.util.SortedMap<String, String> used) {
        String normalized = name.startsWith("/") ? name.substring(1) : name;
        if (used.containsKey(normalized)) {
            return;
        }
        String text;
        try {
            text = java.nio.file.Files.readString(dir.resolve(normalized));
        } catch (IOException | RuntimeException e) {
            text = "";
        }
        used.put(normalized, PageKeys.of(text));
        java.util.regex.Matcher m = USES.matcher(text);
        while (m.find()) {
            String ref = m.group(1);
            Path parent = Path.of(normalized).getParent();
            collect(ref.startsWith("/") || parent == null ? ref : parent.resolve(ref).normalize().toString()
                    .replace('\\', '/'), used);
        }
    }

    /** Renders template {@code name} (relative to the templates folder) with {@code model}. */
    public String render(String name, Object model) throws RenderException {
        try {
            Template t = config.getTemplate(name);
            StringWriter out = new StringWriter(8192);
            t.process(model, out);
            return out.toString();
        } catch (ParseException e) {
            throw new RenderException(e.getTemplateName() != null ? e.getTemplateName() : name,
                    e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage(), e);
        } catch (TemplateException e) {
            String where = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
            int line = e.getLineNumber() == null ? 1 : e.getLineNumber();
            int col = e.getColumnNumber() == null ? 1 : e.getColumnNumber();
            String msg = e.getMessageWithoutStackTop().lines().findFirst().orElse("template error");
            throw new RenderException(where, line, col, msg, e);
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw new RenderException(name, 1, 1, "template not found in " + dir, e);
        } catch (IOException e) {
            throw new RenderException(name, 1, 1, "cannot read template: " + e.getMessage(), e);
        }
    }
}

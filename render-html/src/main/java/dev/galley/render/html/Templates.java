package dev.galley.render.html;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.ext.beans.BeansWrapper;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The microsite's FreeMarker setup, shared by the threads of a build: the built-in templates
 * once per JVM ({@link #builtIn}), a desk's own templates once per build.
 *
 * <p>Templates are {@code .ftlh} files, so every {@code ${...}} is HTML-escaped unless the value
 * is markup this module made ({@link #markup}). Templates see only strings, numbers, booleans,
 * lists and maps: no Java object of the model, no method calls, no {@code ?new} or {@code ?api}.
 * Output depends on nothing but the data: root locale, computer number format, UTC.
 */
final class Templates {

    /** Where the built-in templates live on the class path. */
    static final String BUILT_IN = "/dev/galley/render/html/templates";

    private final Configuration config;
    /** Names of templates the content folder overrides, and how to show their path. */
    private final Set<String> overridden;
    private final String overridePrefix;

    Templates(TemplateLoader loader) {
        this(loader, Set.of(), "");
    }

    private Templates(TemplateLoader loader, Set<String> overridden, String overridePrefix) {
        this.overridden = Set.copyOf(overridden);
        this.overridePrefix = overridePrefix;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(loader);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new DataOnlyWrapper());
        cfg.setLocale(Locale.ROOT);
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setLocalizedLookup(false);
        cfg.setWhitespaceStripping(true);
        // the built-in templates never change while a build runs
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        this.config = cfg;
    }

    /**
     * The built-in templates, with any {@code .ftlh} file of the content folder's
     * {@code templates/} folder in place of the built-in one of the same name. An error in such a
     * template is reported as {@code <content>/templates/<name>:line:column}.
     */
    static Templates forContent(Optional<Path> folder) throws IOException {
        if (folder.isEmpty() || !Files.isDirectory(folder.get())) {
            return builtIn();
        }
        Path dir = folder.get();
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".ftlh") && Files.isRegularFile(f))
                    .forEach(f -> names.add(f.getFileName().toString()));
        }
        if (names.isEmpty()) {
            return builtIn();
        }
        Path content = dir.getParent();
        String prefix = (content != null && content.getFileName() != null
                ? content.getFileName() + "/" : "") + "templates/";
        FileTemplateLoader files = new FileTemplateLoader(dir.toFile(), false);
        TemplateLoader loader = new MultiTemplateLoader(new TemplateLoader[] {
                files, new ClassTemplateLoader(Templates.class, BUILT_IN)});
        return new Templates(loader, names, prefix);
    }

    /**
     * The templates shipped in this module's jar: one instance for the whole JVM, because they
     * cannot change while it runs and parsing them again costs more than rendering a briefing.
     */
    static Templates builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** Holds the shared built-in templates, made when first asked for. */
    private static final class BuiltIn {
        static final Templates INSTANCE = new Templates(new ClassTemplateLoader(Templates.class, BUILT_IN));
    }

    /** Parses the templates {@code names} ahead of their first use; one that fails is left for then. */
    void load(List<String> names) {
        for (String name : names) {
            try {
                config.getTemplate(name);
            } catch (IOException e) {
                // reported with its position when a page is rendered with it
            }
        }
    }

    /**
     * Renders template {@code name} with {@code data}. A template error becomes an
     * {@link IOException} whose message starts with {@code template:line:column}.
     */
    String render(String name, Map<String, Object> data) throws IOException {
        StringWriter out = new StringWriter(16 * 1024);
        process(name, data, out);
        return out.toString();
    }

    /** Renders template {@code name} with {@code data} as UTF-8, as {@link #render} does. */
    byte[] renderUtf8(String name, Map<String, Object> data) throws IOException {
        // a briefing's page is some tens of kilobytes: one or two doublings at most
        Utf8Writer out = new Utf8Writer(32 * 1024);
        process(name, data, out);
        return out.toByteArray();
    }

    private void process(String name, Map<String, Object> data, Writer out) throws IOException {
        try {
            template(name).process(data, out);
        } catch (ParseException e) {
            throw problem(e.getTemplateName(), name, e.getLineNumber(), e.getColumnNumber(),
                    "template syntax error: " + firstParagraph(e.getEditorMessage()), e);
        } catch (TemplateException e) {
            throw problem(e.getTemplateSourceName(), name, e.getLineNumber(), e.getColumnNumber(),
                    "template error: " + firstParagraph(e.getMessageWithoutStackTop()), e);
        }
    }

    /**
     * The parsed template. One that failed to parse before (in {@link #load}, say) is cached as
     * that failure, and FreeMarker then throws a plain IOException around the parse error: the
     * parse error comes out again, so that its line and column are reported either way.
     */
    private Template template(String name) throws IOException {
        try {
            return config.getTemplate(name);
        } catch (ParseException e) {
            throw e;
        } catch (IOException e) {
            if (e.getCause() instanceof ParseException parse) {
                throw parse;
            }
            throw e;
        }
    }

    private TemplateProblem problem(String source, String fallback, Integer line, Integer column, String message,
                                    Exception cause) {
        String name = source != null ? source : fallback;
        int l = line != null ? line : 0;
        int c = column != null ? column : 0;
        boolean desks = overridden.contains(name);
        String where = (desks ? overridePrefix + name : name) + ":" + l + ":" + c;
        return new TemplateProblem(where, desks ? "templates/" + name : null, l, c, message, cause);
    }

    /** FreeMarker's messages go on with tips after a blank line; editors need the first part. */
    private static String firstParagraph(String message) {
        if (message == null) {
            return "(no message)";
        }
        String m = message.strip().replace("\r\n", "\n");
        int cut = m.indexOf("\n\n");
        return (cut < 0 ? m : m.substring(0, cut)).replace('\n', ' ');
    }

    /** Markup this module made, inserted into an {@code .ftlh} template without escaping. */
    static TemplateHTMLOutputModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Wraps strings, numbers, booleans, lists and maps (and markup made by {@link #markup}); any
     * other Java object is refused, so a template can never reach into the model's classes or call
     * a method.
     */
    static final class DataOnlyWrapper extends DefaultObjectWrapper {

        DataOnlyWrapper() {
            super(Configuration.VERSION_2_3_34);
            setExposureLevel(BeansWrapper.EXPOSE_NOTHING);
            setUseAdaptersForContainers(true);
            setIterableSupport(true);
            writeProtect();
        }

        @Override
        protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
            throw new TemplateModelException("templates see only strings, numbers, booleans, lists "
                    + "and maps, not " + obj.getClass().getName());
        }
    }
}

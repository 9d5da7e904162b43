package io.composegen.generator.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultListAdapter;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleScalar;
import freemarker.template.Template;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;

/**
 * Renders the FreeMarker templates of composegen; the one place where FreeMarker is configured.
 *
 * <p>Templates are loaded from the classpath under {@code /io/composegen/generator/templates/}; with {@link #withOverrides(Path)} a
 * file of the same name in the user's folder wins over the built-in one. The built-in layouts (compose files,
 * diagrams, generated Dockerfiles and {@code .dockerignore} files, the README) are printed by Java code equal to
 * their templates, and go through an engine only when the user's folder {@link #overrides(String) holds its own
 * copy}.
 *
 * <p>What templates can rely on:
 * <ul>
 *   <li>Output is plain text without any auto-escaping: view objects hand over values already escaped (for YAML
 *       through {@link YamlScalars}), and templates print them as they are.</li>
 *   <li>Record components are read with property syntax, {@code ${service.name}}; the method syntax
 *       {@code ${service.name()}} works too, but templates use the property syntax. Records (and any class whose
 *       members templates read) must be public. Ordinary classes expose JavaBean getters as properties
 *       ({@code getImage()} as {@code x.image}) and other zero-argument methods only as methods. Public fields are
 *       not exposed.</li>
 *   <li>Numbers print in computer format whatever the default locale ({@code 1000}, never {@code 1,000}), booleans
 *       as {@code true}/{@code false}, the locale is {@link Locale#ROOT} and the time zone UTC.</li>
 *   <li>A missing or null value is an error, also as a loop variable; templates that accept absence say so with
 *       {@code !} or {@code ??}.</li>
 *   <li>Any Iterable can be listed, and sets behave like sequences.</li>
 *   <li>The file name extension does not change the output format ({@code .ftlh} does not switch to HTML), there is
 *       no localized lookup ({@code x_en.ftl} is never tried), and {@code ?new} and {@code ?api} are disabled.</li>
 * </ul>
 * An engine is safe to share between threads once created.
 */
public final class TemplateEngine {

  /** The classpath folder that holds the built-in templates. */
  static final String BUILT_IN_TEMPLATES = "/io/composegen/generator/templates/";

  /** Where templates are found: the user's folder, if any, then the built-in ones. */
  private final TemplateLoader loader;
  /**
   * FreeMarker's configuration, created by the first {@link #render}: the layouts printed in Java only ask
   * {@link #overrides}, so a run that renders no template never loads FreeMarker's configuration and parser.
   */
  private volatile Configuration configuration;
  private final String description;
  /** The loader of the user's folder; null without one. */
  private final TemplateLoader userTemplates;

  private TemplateEngine(TemplateLoader loader, TemplateLoader userTemplates, String description) {
    this.loader = loader;
    this.userTemplates = userTemplates;
    this.description = description;
  }

  private Configuration configuration() {
    Configuration cfg = configuration;
    if (cfg == null) {
      synchronized (this) {
        cfg = configuration;
        if (cfg == null) {
          cfg = configure(loader);
          configuration = cfg;
        }
      }
    }
    return cfg;
  }

  /** Returns an engine that renders the built-in templates. */
  public static TemplateEngine create() {
    return forClasspath(BUILT_IN_TEMPLATES, null);
  }

  /**
   * Returns an engine whose templates are taken from {@code folder} first and from the built-in ones otherwise.
   *
   * @throws IllegalArgumentException if {@code folder} does not exist or is not a directory
   */
  public static TemplateEngine withOverrides(Path folder) {
    Objects.requireNonNull(folder, "folder");
    return forClasspath(BUILT_IN_TEMPLATES, folder);
  }

  /** Returns an engine over the templates under a classpath folder, overridden by those in {@code overrides} if not null. */
  static TemplateEngine forClasspath(String classpathFolder, Path overrides) {
    TemplateLoader builtIn = new ClassTemplateLoader(TemplateEngine.class, classpathFolder);
    String builtInDescription = "the built-in templates (classpath " + classpathFolder + ")";
    if (overrides == null) {
      return new TemplateEngine(builtIn, null, builtInDescription);
    }
    TemplateFolders.check(overrides);
    try {
      TemplateLoader user = new FileTemplateLoader(overrides.toFile());
      return new TemplateEngine(new MultiTemplateLoader(new TemplateLoader[] {user, builtIn}), user,
          "the override folder " + overrides.toAbsolutePath() + " or " + builtInDescription);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the template override folder " + overrides.toAbsolutePath(), e);
    }
  }

  /**
   * Returns true when the override folder holds a template of this name, which {@link #render} then uses instead of
   * the built-in one; false without an override folder. The answer is the folder's as it is now: FreeMarker finds
   * the template the same way, so a file it would refuse (a link out of the folder) does not count.
   *
   * <p>Callers that print a built-in layout in Java ({@link ComposeYamlPrinter}, the diagrams, the generated
   * Dockerfiles, the README) ask this first: only a template of the user's goes through FreeMarker.
   */
  public boolean overrides(String templateName) {
    Objects.requireNonNull(templateName, "templateName");
    if (userTemplates == null) {
      return false;
    }
    try {
      Object source = userTemplates.findTemplateSource(templateName);
      if (source == null) {
        return false;
      }
      userTemplates.closeTemplateSource(source);
      return true;
    } catch (IOException e) {
      // rendering it reports what is wrong with the file
      return true;
    }
  }

  /**
   * Renders the template of the given name with the data model and returns the text exactly as produced.
   *
   * @param templateName the template's name relative to the template folders, such as {@code compose.yaml.ftl}
   * @param dataModel the root of the data model: a map, a record or a bean
   * @throws RenderException if the template is missing, does not parse, or fails while rendering
   */
  public String render(String templateName, Object dataModel) {
    Objects.requireNonNull(templateName, "templateName");
    Template template;
    try {
      template = configuration().getTemplate(templateName);
    } catch (TemplateNotFoundException e) {
      throw new RenderException(templateName, null,
          "Template \"" + templateName + "\" not found in " + description, e);
    } catch (ParseException e) {
      String where = e.getTemplateName() != null ? e.getTemplateName() : templateName;
      throw new RenderException(where, e.getLineNumber(),
          "Template \"" + where + "\" has a syntax error at line " + e.getLineNumber() + ", column "
              + e.getColumnNumber() + ": " + e.getEditorMessage(), e);
    } catch (IOException e) {
      throw new RenderException(templateName, null,
          "Cannot read template \"" + templateName + "\" from " + description + ": " + e.getMessage(), e);
    }
    TextBuffer out = new TextBuffer();
    try {
      template.process(dataModel, out);
    } catch (TemplateException e) {
      // a view that renders another template as the first one reads it (the README's diagrams): report that one
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof RenderException inner) {
          throw inner;
        }
      }
      throw renderFailure(templateName, e);
    } catch (IOException e) {
      throw new RenderException(templateName, null,
          "Cannot render template \"" + templateName + "\": " + e.getMessage(), e);
    }
    return out.toString();
  }

  private static RenderException renderFailure(String templateName, TemplateException e) {
    String where = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : templateName;
    Integer line = e.getLineNumber();
    StringBuilder message = new StringBuilder("Cannot render template \"").append(where).append('"');
    if (!where.equals(templateName)) {
      message.append(" (included from \"").append(templateName).append("\")");
    }
    if (line != null) {
      message.append(" at line ").append(line);
      if (e.getColumnNumber() != null) {
        message.append(", column ").append(e.getColumnNumber());
      }
    }
    message.append(": ").append(e.getMessageWithoutStackTop());
    String stack = e.getFTLInstructionStack();
    if (stack != null && !stack.isBlank()) {
      message.append("\nTemplate stack:\n").append(stack.strip());
    }
    return new RenderException(where, line, message.toString(), e);
  }

  private static Configuration configure(TemplateLoader loader) {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setTemplateLoader(loader);
    cfg.setLocalizedLookup(false);
    cfg.setRecognizeStandardFileExtensions(false);

    cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
    cfg.setOutputEncoding(StandardCharsets.UTF_8.name());
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");

    cfg.setOutputFormat(PlainTextOutputFormat.INSTANCE);
    cfg.setAutoEscapingPolicy(Configuration.DISABLE_AUTO_ESCAPING_POLICY);

    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);

    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);

    cfg.setObjectWrapper(objectWrapper());
    return cfg;
  }

  private static DefaultObjectWrapper objectWrapper() {
    DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
    builder.setExposeFields(false);
    builder.setRecordZeroArgumentNonVoidMethodPolicy(
        ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
    builder.setDefaultZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.METHOD_ONLY);
    builder.setForceLegacyNonListCollections(false);
    builder.setIterableSupport(true);
    return new ViewWrapper(builder);
  }

  /**
   * Wraps the nodes and entries of the compose view tree ({@link YamlNode}) in models that answer the properties
   * templates read without reflection; any other key (a method call such as {@code get("x")}) goes to the usual
   * bean model. A compose file of a thousand services reads these properties a hundred thousand times, and the
   * reflective bean model was most of the cost of rendering it.
   */
  private static final class ViewWrapper extends DefaultObjectWrapper {

    ViewWrapper(DefaultObjectWrapperBuilder builder) {
      super(builder, true);
    }

    @Override
    public TemplateModel wrap(Object object) throws TemplateModelException {
      // checked first: the general wrap tests a dozen types before it gets to these
      if (object instanceof YamlNode || object instanceof YamlNode.Entry) {
        return new ViewModel(object, this);
      }
      return super.wrap(object);
    }

    TemplateHashModel bean(Object object) throws TemplateModelException {
      return (TemplateHashModel) handleUnknownType(object);
    }
  }

  /** A node or entry of the view tree as a template sees it; see {@link ViewWrapper}. */
  private static final class ViewModel implements TemplateHashModel, WrapperTemplateModel {
    private final Object object;
    private final ViewWrapper wrapper;

    ViewModel(Object object, ViewWrapper wrapper) {
      this.object = object;
      this.wrapper = wrapper;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      TemplateModel known = object instanceof YamlNode node ? node(node, key) : entry((YamlNode.Entry) object, key);
      return known != null ? known : wrapper.bean(object).get(key);
    }

    private TemplateModel node(YamlNode node, String key) {
      return switch (key) {
        case "mapping" -> bool(node.isMapping());
        case "sequence" -> bool(node.isSequence());
        case "inline" -> bool(node.isInline());
        case "text" -> new SimpleScalar(node.getText());
        case "entries" -> node instanceof YamlNode.Mapping m ? DefaultListAdapter.adapt(m.getEntries(), wrapper) : null;
        case "items" -> node instanceof YamlNode.Sequence q ? DefaultListAdapter.adapt(q.getItems(), wrapper) : null;
        default -> null;
      };
    }

    private TemplateModel entry(YamlNode.Entry entry, String key) throws TemplateModelException {
      return switch (key) {
        case "key" -> new SimpleScalar(entry.getKey());
        case "rawKey" -> new SimpleScalar(entry.getRawKey());
        case "value" -> new ViewModel(entry.getValue(), wrapper);
        default -> null;
      };
    }

    private static TemplateModel bool(boolean value) {
      return value ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
    }

    @Override
    public boolean isEmpty() throws TemplateModelException {
      return wrapper.bean(object).isEmpty();
    }

    @Override
    public Object getWrappedObject() {
      return object;
    }
  }

  /**
   * Collects a template's output in blocks and joins them once at the end. A {@code StringWriter} doubles its buffer
   * as it grows and copies it again for {@code toString()}: for a text of tens of megabytes (the README of a stack of
   * thousands of services) that is three times the text's size at once; this holds the blocks and the result.
   */
  private static final class TextBuffer extends Writer {
    private static final int BLOCK = 8192;
    private final List<String> blocks = new ArrayList<>();
    // a StringBuilder keeps Latin-1 text in bytes; a char[] block would widen every character and narrow it again
    private final StringBuilder block = new StringBuilder(BLOCK);

    @Override
    public void write(char[] chars, int offset, int length) {
      // FreeMarker writes strings; this path is for anything else
      write(String.valueOf(chars, offset, length));
    }

    @Override
    public void write(String text, int offset, int length) {
      if (length >= BLOCK) {
        flushBlock();
        blocks.add(offset == 0 && length == text.length() ? text : text.substring(offset, offset + length));
        return;
      }
      if (offset == 0 && length == text.length()) {
        block.append(text);
      } else {
        block.append(text, offset, offset + length);
      }
      if (block.length() >= BLOCK) {
        flushBlock();
      }
    }

    @Override
    public void write(String text) {
      write(text, 0, text.length());
    }

    @Override
    public void write(int c) {
      block.append((char) c);
      if (block.length() >= BLOCK) {
        flushBlock();
      }
    }

    private void flushBlock() {
      if (block.length() > 0) {
        blocks.add(block.toString());
        block.setLength(0);
      }
    }

    @Override
    public void flush() {
      // nothing to flush: the text stays in memory until toString()
    }

    @Override
    public void close() {
      // nothing to release
    }

    @Override
    public String toString() {
      flushBlock();
      return blocks.size() == 1 ? blocks.get(0) : String.join("", blocks);
    }
  }
}

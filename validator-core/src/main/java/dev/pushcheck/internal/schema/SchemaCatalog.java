package dev.pushcheck.internal.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import dev.pushcheck.Kind;
import dev.pushcheck.PushcheckException;
import dev.pushcheck.internal.input.JsonInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that loads and compiles schemas. It reads the bundled schema sets from the
 * classpath (never from the network or the file system: a {@code $ref} outside the set fails when
 * the set is compiled), compiles each version once, on first use, and shares the compiled schemas
 * between threads.
 */
public final class SchemaCatalog {
  public static final String BUNDLED_ROOT = "pushcheck/schemas/agent-chat/";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final String resourceRoot;
  private final ClassLoader loader;
  private final CatalogIndex index;
  private final Map<String, VersionSchemas> compiled = new ConcurrentHashMap<>();

  /**
   * A version's schemas: the graph of all its files, every entry schema (each kind's envelope and
   * the payload schema of each action) compiled to pass checks, and the same compiled by networknt
   * on first use. A run whose messages pass never needs networknt, so a version costs little to
   * load; references outside the set are still refused when it loads.
   */
  public static final class VersionSchemas {
    private final String version;
    private final String versionBase;
    private final LazyRegistry registry;
    private final SchemaGraph graph;
    private final Map<String, PassChecks.Check> passChecks;
    private final Map<String, Schema> networknt = new ConcurrentHashMap<>();

    private VersionSchemas(
        String version,
        String versionBase,
        LazyRegistry registry,
        SchemaGraph graph,
        Map<String, PassChecks.Check> passChecks) {
      this.version = version;
      this.versionBase = versionBase;
      this.registry = registry;
      this.graph = graph;
      this.passChecks = passChecks;
    }

    public SchemaGraph graph() {
      return graph;
    }

    /**
     * The envelope of a kind, or null when the version has no such messages (webhooks, 3.1-beta).
     */
    public Schema envelope(Kind kind) {
      return networknt(envelopeFile(kind));
    }

    /** The payload schema of an action of a kind, or null when the version does not have it. */
    public Schema payload(Kind kind, String action) {
      return networknt(payloadFile(kind, action));
    }

    /** The compiled pass check of a kind's envelope (null when {@link #envelope} is). */
    public PassChecks.Check envelopeCheck(Kind kind) {
      return passChecks.get(envelopeFile(kind));
    }

    /** The compiled pass check of an action's payload (null when {@link #payload} is). */
    public PassChecks.Check payloadCheck(Kind kind, String action) {
      return passChecks.get(payloadFile(kind, action));
    }

    private Schema networknt(String file) {
      if (!passChecks.containsKey(file)) {
        return null;
      }
      return networknt.computeIfAbsent(file, f -> load(registry.get(), versionBase + f, version));
    }
  }

  /**
   * A version's networknt registry, made on first use: making one initialises networknt's draft
   * 2020-12 dialect (formats, regular expressions, a few hundred classes), which a run whose
   * messages all pass never needs.
   */
  private static final class LazyRegistry {
    private final Map<String, JsonNode> byIri;
    private SchemaRegistry registry;

    LazyRegistry(Map<String, JsonNode> byIri) {
      this.byIri = byIri;
    }

    synchronized SchemaRegistry get() {
      if (registry == null) {
        registry = registry(byIri);
      }
      return registry;
    }
  }

  /** The file of a kind's envelope, inside a version folder. */
  public static String envelopeFile(Kind kind) {
    return switch (kind) {
      case PUSH -> "envelope.schema.json";
      case REQUEST -> "request-envelope.schema.json";
      case RESPONSE -> "response-envelope.schema.json";
      case WEBHOOK -> "webhook-envelope.schema.json";
    };
  }

  /** The payload schema file of an action of a kind, inside a version folder. */
  public static String payloadFile(Kind kind, String action) {
    String folder =
        switch (kind) {
          case PUSH -> "payloads/";
          case REQUEST -> "requests/";
          case RESPONSE -> "responses/";
          case WEBHOOK -> "webhooks/";
        };
    return folder + action + ".schema.json";
  }

  private static final class Bundled {
    static final SchemaCatalog INSTANCE =
        new SchemaCatalog(BUNDLED_ROOT, SchemaCatalog.class.getClassLoader());
  }

  SchemaCatalog(String resourceRoot, ClassLoader loader) {
    this.resourceRoot = resourceRoot;
    this.loader = loader;
    this.index = new CatalogIndex(readJson("catalog.json"));
  }

  /** The schema sets packaged with pushcheck, loaded once per class loader. */
  public static SchemaCatalog bundled() {
    return Bundled.INSTANCE;
  }

  public CatalogIndex index() {
    return index;
  }

  public VersionSchemas version(String version) {
    requireVersion(version);
    return compiled.computeIfAbsent(version, this::compile);
  }

  public void requireVersion(String version) {
    if (!index.hasVersion(version)) {
      throw new PushcheckException.UnknownApiVersion(
          "unknown API version '"
              + version
              + "'; bundled versions: "
              + String.join(", ", index.versions()));
    }
  }

  /** The text of one bundled schema file, as published (for export). */
  public String publishedText(String version, String path) {
    return readText(version + "/" + path);
  }

  private VersionSchemas compile(String version) {
    Map<String, JsonNode> files = new LinkedHashMap<>();
    for (String path : index.files(version)) {
      files.put(path, readJson(version + "/" + path));
    }
    String versionBase = index.baseUri() + version + "/";
    Map<String, JsonNode> byIri = new HashMap<>();
    files.forEach((path, node) -> byIri.put(versionBase + path, node));

    LazyRegistry registry = new LazyRegistry(byIri);
    List<String> entryFiles = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      if (files.containsKey(envelopeFile(kind))) {
        entryFiles.add(envelopeFile(kind));
        for (String action : index.actions(kind, version)) {
          entryFiles.add(payloadFile(kind, action));
        }
      }
    }
    SchemaGraph graph = new SchemaGraph(files);
    PassChecks.Compiled checks = PassChecks.compile(graph, entryFiles);
    // A reference the graph cannot resolve may point outside the set: networknt, compiling the
    // file now, refuses it with its own message (or resolves it, and the file works with it).
    for (String file : checks.withUnresolvedReferences()) {
      load(registry.get(), versionBase + file, version);
    }
    return new VersionSchemas(version, versionBase, registry, graph, checks.checks());
  }

  private static SchemaRegistry registry(Map<String, JsonNode> byIri) {
    Dialect dialect =
        Dialect.builder(Dialects.getDraft202012())
            .keyword(PushcheckKeywords.openEnum())
            .keyword(new NonValidationKeyword("x-replaced-by"))
            .keyword(new NonValidationKeyword("x-fragment"))
            .keyword(new NonValidationKeyword("x-delisted"))
            .build();
    return SchemaRegistry.withDialect(
        dialect,
        b ->
            b.schemas(
                    iri -> {
                      JsonNode file = byIri.get(iri);
                      return file == null ? null : MAPPER.writeValueAsString(file);
                    })
                .schemaLoader(l -> l.allow(iri -> byIri.containsKey(stripFragment(iri.toString()))))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().locale(Locale.ROOT).build()));
  }

  private static String stripFragment(String iri) {
    int hash = iri.indexOf('#');
    return hash < 0 ? iri : iri.substring(0, hash);
  }

  private static Schema load(SchemaRegistry registry, String iri, String version) {
    try {
      Schema schema = registry.getSchema(SchemaLocation.of(iri));
      // The registry preloads lazily and swallows unresolvable references; this surfaces them now.
      schema.initializeValidators();
      return schema;
    } catch (RuntimeException e) {
      throw new PushcheckException(
          "schema set " + version + ": cannot compile " + iri + ": " + rootMessage(e), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  private JsonNode readJson(String relative) {
    try {
      return JsonInput.readPlain(readText(relative));
    } catch (JacksonException e) {
      throw new PushcheckException(
          "bundled schema " + relative + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private String readText(String relative) {
    String resource = resourceRoot + relative;
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new PushcheckException("bundled schema file missing: " + resource);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

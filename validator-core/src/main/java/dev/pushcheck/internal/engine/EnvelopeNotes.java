package dev.pushcheck.internal.engine;

import dev.pushcheck.Finding;
import dev.pushcheck.Kind;
import dev.pushcheck.Rule;
import dev.pushcheck.internal.input.JsonInput;
import dev.pushcheck.internal.input.Origin;
import dev.pushcheck.internal.schema.SchemaCatalog;
import java.util.List;
import java.util.ListIterator;
import tools.jackson.databind.JsonNode;

/**
 * What the envelope schemas cannot say about a push's {@code version} field: from 3.3 the push
 * format shows it on every push (a push without it is a warning, not an error, so hand-written
 * fixtures still pass), and before 3.3 it does not exist (the undocumented-field warning says from
 * which version it does).
 */
final class EnvelopeNotes {
  private EnvelopeNotes() {}

  static void add(
      SchemaCatalog catalog,
      Kind kind,
      String version,
      JsonNode message,
      JsonNode versionField,
      Origin origin,
      List<Finding> findings) {
    if (kind != Kind.PUSH) {
      return;
    }
    boolean documented = hasVersionField(catalog, version);
    if (versionField == null && documented) {
      var location = JsonInput.locationOf(message);
      findings.add(
          Finding.of(Rule.MISSING_VERSION)
              .pointer("/version")
              .expected("present")
              .actual("absent")
              .detail("the push format of " + version + " shows `version` on every push")
              .at(origin.line(location), origin.column(location)));
    } else if (versionField != null && !documented) {
      String since = firstVersionWithField(catalog);
      for (ListIterator<Finding> it = findings.listIterator(); it.hasNext(); ) {
        Finding f = it.next();
        if (f.rule() == Rule.UNDOCUMENTED_FIELD && f.pointer().equals("/version")) {
          it.set(
              Finding.of(Rule.UNDOCUMENTED_FIELD)
                  .severity(f.severity())
                  .pointer(f.pointer())
                  .schemaLocation(f.schemaLocation())
                  .expected(f.expected())
                  .actual(f.actual())
                  .detail("pushes carry `version` from " + since + ", not in " + version)
                  .at(f.line(), f.column()));
        }
      }
    }
  }

  private static boolean hasVersionField(SchemaCatalog catalog, String version) {
    return catalog
        .version(version)
        .graph()
        .root(SchemaCatalog.envelopeFile(Kind.PUSH))
        .schema()
        .path("properties")
        .has("version");
  }

  private static String firstVersionWithField(SchemaCatalog catalog) {
    return catalog.index().versions().stream()
        .filter(v -> hasVersionField(catalog, v))
        .findFirst()
        .orElse("no version");
  }
}

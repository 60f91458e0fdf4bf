package dev.pushcheck.schemagen;

import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * One parsed source file, by its path inside the source root (which is also its path inside each
 * version folder).
 */
record SourceFile(String path, Kind kind, JsonNode root) {

  static final String ENVELOPE = "envelope.schema.json";
  static final String SUFFIX = ".schema.json";
  private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  enum Kind {
    ENVELOPE,
    OBJECT,
    PAYLOAD
  }

  /** The kind a path stands for, or null when the source layout has no place for it. */
  static Kind kindOf(String path) {
    if (MessageKind.ofEnvelope(path) != null) {
      return Kind.ENVELOPE;
    }
    String[] segments = path.split("/");
    if (segments.length != 2 || !segments[1].endsWith(SUFFIX) || segments[1].equals(SUFFIX)) {
      return null;
    }
    if (segments[0].equals("objects")) {
      return Kind.OBJECT;
    }
    return MessageKind.ofFolder(segments[0]) != null ? Kind.PAYLOAD : null;
  }

  /** The message kind of a payload file (push, request, response, webhook). */
  MessageKind messageKind() {
    return MessageKind.ofPayloadFile(path);
  }

  static boolean isAction(String name) {
    return ACTION.matcher(name).matches();
  }

  /** The action (or method) of a payload file: its file name without the suffix. */
  String action() {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.substring(0, name.length() - SUFFIX.length());
  }
}

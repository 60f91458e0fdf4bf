package dev.pushcheck.schemagen;

/**
 * The kinds of message the schemas describe. Each has an envelope file, a folder of payload files
 * named by action (or method), a generated entry schema and a list in catalog.json.
 */
enum MessageKind {
  PUSH("payloads/", "envelope.schema.json", "push.schema.json", "actions", "push"),
  REQUEST(
      "requests/", "request-envelope.schema.json", "request.schema.json", "requests", "request"),
  RESPONSE(
      "responses/",
      "response-envelope.schema.json",
      "response.schema.json",
      "responses",
      "response"),
  WEBHOOK(
      "webhooks/", "webhook-envelope.schema.json", "webhook.schema.json", "webhooks", "webhook");

  final String folder;
  final String envelope;
  final String entry;
  final String catalogMember;
  final String noun;

  MessageKind(String folder, String envelope, String entry, String catalogMember, String noun) {
    this.folder = folder;
    this.envelope = envelope;
    this.entry = entry;
    this.catalogMember = catalogMember;
    this.noun = noun;
  }

  /** The payload file of an action of this kind. */
  String payloadFile(String action) {
    return folder + action + SourceFile.SUFFIX;
  }

  static MessageKind ofFolder(String folder) {
    for (MessageKind kind : values()) {
      if (kind.folder.equals(folder + "/")) {
        return kind;
      }
    }
    return null;
  }

  static MessageKind ofEnvelope(String path) {
    for (MessageKind kind : values()) {
      if (kind.envelope.equals(path)) {
        return kind;
      }
    }
    return null;
  }

  /** The kind whose payload folder holds this path, or null. */
  static MessageKind ofPayloadFile(String path) {
    int slash = path.indexOf('/');
    return slash < 0 ? null : ofFolder(path.substring(0, slash));
  }
}

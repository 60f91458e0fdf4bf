package dev.pushcheck.report;

import dev.pushcheck.Rule;

/** A paragraph per rule id for formats that carry rule metadata (SARIF). */
final class RuleHelp {
  private RuleHelp() {}

  static String of(Rule rule) {
    return switch (rule) {
      case MALFORMED_JSON ->
          "The message is not well-formed JSON: a syntax error, truncated input, or a value beyond"
              + " the parser's limits (nesting depth, string or number length). It cannot be"
              + " checked further and is counted as unreadable.";
      case DUPLICATE_KEY ->
          "An object has the same key twice. JSON parsers disagree on which value wins, so the"
              + " message is counted as unreadable.";
      case NOT_AN_OBJECT -> "Every push is a JSON object; this message is another JSON value.";
      case NOT_A_PUSH ->
          "Only pushes were expected here (--pushes-only), but this message is a request or a"
              + " response.";
      case UNKNOWN_ACTION ->
          "The action is not an action of this kind of message (push, method, webhook) in any"
              + " bundled API version; a near name is suggested when there is one.";
      case ACTION_NOT_IN_VERSION ->
          "The action belongs to other API versions, not to the one the message was checked"
              + " against (check --api-version or the message's version field); the finding says"
              + " what it became.";
      case WRONG_KIND ->
          "The action exists only as another kind of message: a webhook-only action sent as a"
              + " push, a push name used as a request, or a kind the API version does not have.";
      case DELISTED_ACTION ->
          "Servers of this API version sent this push, but the documentation no longer lists it"
              + " (the finding names the commit that removed it). It is a warning.";
      case MISSING_VERSION ->
          "From API 3.3 the push format shows a version field on every push; this push has none."
              + " It is a warning, so hand-written fixtures still pass.";
      case UNKNOWN_API_VERSION ->
          "The push's version field names an API version pushcheck does not bundle; run"
              + " 'pushcheck versions' for the bundled ones.";
      case REQUIRED -> "A field the protocol requires at this place is absent.";
      case TYPE -> "A value has a JSON type the protocol does not allow at this place.";
      case ENUM -> "A value is outside the closed list of values the protocol allows here.";
      case CONST -> "A value differs from the only value the protocol allows here.";
      case CONSTRAINT ->
          "A value breaks another schema constraint: a size, pattern, range or a combination of"
              + " fields.";
      case UNDOCUMENTED_FIELD ->
          "A field the protocol does not describe at this place. It is a warning: servers add"
              + " fields before documenting them, but a client should not rely on them.";
      case UNDOCUMENTED_VALUE ->
          "A value outside a documented but open list of values (the protocol says more may be"
              + " added). It is a warning.";
    };
  }
}

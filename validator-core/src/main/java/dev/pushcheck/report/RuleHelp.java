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
      case UNKNOWN_OPCODE ->
          "A websocket frame in a HAR capture has an opcode that is neither text (1), binary (2)"
              + " nor control (8, 9, 10), e.g. \"1\" as a string or null; it is counted as"
              + " unreadable.";
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
      case RESPONSE_WITHOUT_REQUEST ->
          "A response whose request_id no earlier request of the connection had.";
      case RESPONSE_ACTION_MISMATCH ->
          "A response whose action differs from the action of its request.";
      case DUPLICATE_REQUEST_ID ->
          "A request reuses the request_id of a request still waiting for its response; responses"
              + " name their request only by request_id.";
      case DUPLICATE_RESPONSE -> "A second response to one request.";
      case UNANSWERED_REQUEST ->
          "A request never answered by the end of the connection (not reported when the input"
              + " broke off). It is a warning.";
      case PUSH_REQUEST_ID_UNKNOWN ->
          "A push carries a request_id that no request of this connection had; the request_id of"
              + " a push applies only to the requester. It is a warning.";
      case FIRST_REQUEST_NOT_LOGIN ->
          "The first request of a connection is not login (the docs: log in within 30 seconds of"
              + " connecting; pings before it are allowed).";
      case VERSION_BELOW_CONNECTION ->
          "A request names an API version lower than the connection's (websocket URL); the docs"
              + " prohibit versions lower than the RTM connection's.";
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

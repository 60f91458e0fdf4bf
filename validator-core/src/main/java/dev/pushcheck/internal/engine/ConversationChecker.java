package dev.pushcheck.internal.engine;

import dev.pushcheck.Finding;
import dev.pushcheck.MessageResult;
import dev.pushcheck.Rule;
import dev.pushcheck.Severity;
import dev.pushcheck.Status;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks across messages of one connection (a HAR websocket entry, else one input): responses
 * matched to requests by {@code request_id}, pushes' {@code request_id}, login first, request
 * versions against the connection's. It sees every result in input order, on one thread, adds its
 * findings, and hands each result on to {@code out}, still in input order.
 *
 * <p>A request is reported only once it is answered or its connection ends, so that an unanswered
 * one can carry its own {@link Rule#UNANSWERED_REQUEST} finding; the messages after it wait with
 * it. Memory stays bounded: at most {@link #HELD_LIMIT} messages wait (then the oldest go on, and a
 * request that goes on unanswered is not reported as unanswered), and at most {@link
 * #REMEMBERED_LIMIT} request ids are remembered per connection (older ones are forgotten into a
 * fixed-size filter; a check that would need a forgotten id is skipped, never reported wrongly).
 */
public final class ConversationChecker {
  /** Messages waiting behind an unanswered request, at most. */
  static final int HELD_LIMIT = 10_000;

  /** Request ids remembered per connection, at most. */
  static final int REMEMBERED_LIMIT = 10_000;

  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");

  private final boolean enabled;
  private final boolean strict;
  private final int heldLimit;
  private final int rememberedLimit;
  private final Consumer<MessageResult> out;
  private final ArrayDeque<Held> held = new ArrayDeque<>();
  private Connection connection;

  /**
   * @param enabled whether to check at all (off: every result goes on unchanged)
   * @param strict whether warnings are reported as errors
   * @param out receives every result, in input order
   */
  public ConversationChecker(boolean enabled, boolean strict, Consumer<MessageResult> out) {
    this(enabled, strict, HELD_LIMIT, REMEMBERED_LIMIT, out);
  }

  ConversationChecker(
      boolean enabled,
      boolean strict,
      int heldLimit,
      int rememberedLimit,
      Consumer<MessageResult> out) {
    this.enabled = enabled;
    this.strict = strict;
    this.heldLimit = heldLimit;
    this.rememberedLimit = rememberedLimit;
    this.out = out;
  }

  /** The next message of the run. */
  public void accept(MessageResult result, ConversationFacts facts) {
    if (!enabled) {
      out.accept(result);
      return;
    }
    String key = result.source() + "\n" + facts.connection();
    if (connection == null || !connection.key.equals(key)) {
      endInput(true);
      connection = new Connection(key, facts.wholeConnection(), facts.urlVersion());
    }
    Connection c = connection;
    String position = result.position(null);
    c.lastPosition = position;
    if (result.status() == Status.UNREADABLE) {
      c.lostMessage();
      emit(new Held(result, null));
      return;
    }
    if (result.kind().isEmpty()) {
      emit(new Held(result, null));
      return;
    }
    List<Finding> added = new ArrayList<>();
    Request pending = null;
    switch (result.kind().get()) {
      case REQUEST -> pending = request(c, result, facts, position, added);
      case RESPONSE -> response(c, result, facts, position, added);
      case PUSH -> push(c, facts, added);
      case WEBHOOK -> {}
    }
    Held entry = new Held(checkable(result) ? withFindings(result, added) : result, null);
    if (pending != null && checkable(result)) {
      entry.request = pending;
      pending.held = entry;
    }
    emit(entry);
  }

  /**
   * The current input ended: its last connection ends too.
   *
   * @param complete whether the input was read to its end (a truncated input does not say which
   *     requests went unanswered)
   */
  public void endInput(boolean complete) {
    if (connection == null) {
      return;
    }
    for (Held h : held) {
      Request r = h.request;
      if (complete && r != null && !r.answered && r.reportable) {
        h.result =
            withFindings(
                h.result,
                List.of(
                    finding(Rule.UNANSWERED_REQUEST)
                        .pointer("/request_id")
                        .expected("a response with request_id " + quote(r.id))
                        .actual("none")
                        .detail(
                            "no response by the connection's last message, at "
                                + connection.lastPosition)
                        .build()));
      }
    }
    while (!held.isEmpty()) {
      out.accept(held.poll().result);
    }
    connection = null;
  }

  private Request request(
      Connection c,
      MessageResult result,
      ConversationFacts facts,
      String position,
      List<Finding> added) {
    String action = result.action();
    if (!c.sawFirstRequest && !action.equals("ping")) {
      // Until login, a ping is a no-op, so a ping may come first.
      c.sawFirstRequest = true;
      if (!action.equals("login") && !c.lost) {
        added.add(
            finding(Rule.FIRST_REQUEST_NOT_LOGIN)
                .pointer("/action")
                .expected("\"login\"")
                .actual(quote(action))
                .detail("a connection must log in first, within 30 s of connecting")
                .build());
      }
    }
    c.sawRequest = true;
    if (below(facts.version(), c.urlVersion)) {
      added.add(
          finding(Rule.VERSION_BELOW_CONNECTION)
              .pointer("/version")
              .expected(c.urlVersion + " or later")
              .actual(quote(facts.version()))
              .detail("the connection's websocket URL is of version " + c.urlVersion)
              .build());
    }
    String id = facts.requestId();
    if (id.isEmpty()) {
      return null;
    }
    Request earlier = c.requests.get(id);
    if (earlier != null && !earlier.answered) {
      earlier.duplicatesPending++;
      added.add(
          finding(Rule.DUPLICATE_REQUEST_ID)
              .pointer("/request_id")
              .expected("a request_id no pending request has")
              .actual(quote(id))
              .detail("the request at " + earlier.position + " is still waiting for its response")
              .build());
      return null;
    }
    Request request = new Request(id, action, position);
    c.remember(request);
    return request;
  }

  private void response(
      Connection c,
      MessageResult result,
      ConversationFacts facts,
      String position,
      List<Finding> added) {
    String id = facts.requestId();
    if (id.isEmpty()) {
      return;
    }
    Request request = c.requests.get(id);
    if (request == null) {
      if (c.missingRequestsMeanSomething() && !c.mayHaveForgotten(id)) {
        added.add(
            finding(Rule.RESPONSE_WITHOUT_REQUEST)
                .pointer("/request_id")
                .expected("the request_id of an earlier request")
                .actual(quote(id))
                .detail("no earlier request of this connection has it")
                .build());
      }
      return;
    }
    if (request.answered) {
      if (request.duplicatesPending > 0) {
        request.duplicatesPending--;
        return;
      }
      added.add(
          finding(Rule.DUPLICATE_RESPONSE)
              .pointer("/request_id")
              .expected("one response per request")
              .actual(quote(id))
              .detail(
                  "the request at "
                      + request.position
                      + " was already answered at "
                      + request.answeredAt)
              .build());
      return;
    }
    request.answered = true;
    request.answeredAt = position;
    if (!result.action().isEmpty()
        && !request.action.isEmpty()
        && !result.action().equals(request.action)) {
      added.add(
          finding(Rule.RESPONSE_ACTION_MISMATCH)
              .pointer("/action")
              .expected(quote(request.action))
              .actual(quote(result.action()))
              .detail("the request at " + request.position + " is " + quote(request.action))
              .build());
    }
  }

  private void push(Connection c, ConversationFacts facts, List<Finding> added) {
    String id = facts.requestId();
    if (id.isEmpty()
        || c.requests.containsKey(id)
        || !c.missingRequestsMeanSomething()
        || c.mayHaveForgotten(id)) {
      return;
    }
    added.add(
        finding(Rule.PUSH_REQUEST_ID_UNKNOWN)
            .pointer("/request_id")
            .expected("the request_id of an earlier request of this connection")
            .actual(quote(id))
            .detail("the request_id of a push applies only to the requester")
            .build());
  }

  /** Passes on, in order, what no unanswered request holds back any more. */
  private void emit(Held entry) {
    held.add(entry);
    while (!held.isEmpty()) {
      Held head = held.peek();
      if (head.waiting()) {
        if (held.size() <= heldLimit) {
          return;
        }
        // Too many wait: the oldest request goes on before its answer is known.
        head.request.reportable = false;
        head.request.held = null;
      }
      out.accept(held.poll().result);
    }
  }

  private static boolean checkable(MessageResult result) {
    return result.status() == Status.VALID || result.status() == Status.INVALID;
  }

  private Finding.Builder finding(Rule rule) {
    Finding.Builder builder = Finding.of(rule);
    return strict ? builder.severity(Severity.ERROR) : builder;
  }

  private MessageResult withFindings(MessageResult result, List<Finding> added) {
    if (added.isEmpty()) {
      return result;
    }
    List<Finding> findings = new ArrayList<>(result.findings());
    for (Finding f : added) {
      // Like the engine's findings: at the message's start, except in a HAR frame (locator).
      findings.add(result.locator().isEmpty() ? f.at(result.line(), result.column()) : f);
    }
    boolean error = added.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    return new MessageResult(
        result.source(),
        result.index(),
        result.line(),
        result.column(),
        result.locator(),
        result.kind(),
        result.action(),
        result.apiVersion(),
        error ? Status.INVALID : result.status(),
        result.skipReason(),
        findings);
  }

  /** Whether {@code version} is a lower API version than {@code connectionVersion}. */
  static boolean below(String version, String connectionVersion) {
    Matcher v = VERSION.matcher(version);
    Matcher c = VERSION.matcher(connectionVersion);
    if (!v.matches() || !c.matches()) {
      return false;
    }
    int major = Integer.compare(Integer.parseInt(v.group(1)), Integer.parseInt(c.group(1)));
    return major != 0 ? major < 0 : Integer.parseInt(v.group(2)) < Integer.parseInt(c.group(2));
  }

  private static String quote(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** A result on its way out, and the request it is, while that waits for its response. */
  private static final class Held {
    MessageResult result;
    Request request;

    Held(MessageResult result, Request request) {
      this.result = result;
      this.request = request;
    }

    boolean waiting() {
      return request != null && !request.answered && request.held == this;
    }
  }

  /** A request remembered by its id. */
  private static final class Request {
    final String id;
    final String action;
    final String position;
    boolean answered;
    String answeredAt = "";

    /** Whether it may be reported as unanswered (no unreadable message could have answered it). */
    boolean reportable = true;

    /** Later requests with the same id sent while this one waited: each may have a response. */
    int duplicatesPending;

    /** Its result while it waits to be reported. */
    Held held;

    Request(String id, String action, String position) {
      this.id = id;
      this.action = action;
      this.position = position;
    }
  }

  /** What is remembered of the connection being read. */
  private final class Connection {
    final String key;
    final boolean whole;
    final String urlVersion;
    final Map<String, Request> requests = new LinkedHashMap<>();
    ForgottenIds forgotten;
    boolean sawRequest;

    /** Whether the first request other than a ping has been seen. */
    boolean sawFirstRequest;

    /** An unreadable message was read: it may have been any request or response. */
    boolean lost;

    String lastPosition = "";

    Connection(String key, boolean whole, String urlVersion) {
      this.key = key;
      this.whole = whole;
      this.urlVersion = urlVersion;
    }

    /**
     * Whether a request missing from the connection is missing from the conversation: the capture
     * holds whole connections (HAR), or this one holds requests, so it is not a server-side log.
     */
    boolean missingRequestsMeanSomething() {
      return !lost && (whole || sawRequest);
    }

    boolean mayHaveForgotten(String id) {
      return forgotten != null && forgotten.mightContain(id);
    }

    void lostMessage() {
      lost = true;
      for (Request r : requests.values()) {
        r.reportable = false;
      }
    }

    void remember(Request request) {
      requests.remove(request.id);
      requests.put(request.id, request);
      if (requests.size() > rememberedLimit) {
        Iterator<Request> oldest = requests.values().iterator();
        Request gone = oldest.next();
        oldest.remove();
        if (forgotten == null) {
          forgotten = new ForgottenIds();
        }
        forgotten.add(gone.id);
        // No answer can be matched to it any more: it goes on with the rest, unreported.
        gone.reportable = false;
        gone.held = null;
      }
    }
  }

  /**
   * The request ids a connection forgot, as a Bloom filter of fixed size: it may say an id was
   * forgotten when it was not (a check is skipped), never the other way round.
   */
  static final class ForgottenIds {
    private static final int BITS = 1 << 20;
    private final BitSet bits = new BitSet(BITS);

    void add(String id) {
      int h = id.hashCode();
      int g = mix(h);
      for (int i = 0; i < 3; i++) {
        bits.set(Math.floorMod(h + i * g, BITS));
      }
    }

    boolean mightContain(String id) {
      int h = id.hashCode();
      int g = mix(h);
      for (int i = 0; i < 3; i++) {
        if (!bits.get(Math.floorMod(h + i * g, BITS))) {
          return false;
        }
      }
      return true;
    }

    private static int mix(int h) {
      int x = h * 0x9E3779B9;
      return (x ^ (x >>> 16)) | 1;
    }
  }
}

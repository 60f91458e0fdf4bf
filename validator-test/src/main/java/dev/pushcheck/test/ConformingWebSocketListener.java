package dev.pushcheck.test;

import dev.pushcheck.CheckOptions;
import dev.pushcheck.Kind;
import dev.pushcheck.MessageResult;
import dev.pushcheck.PushValidator;
import dev.pushcheck.Status;
import java.io.ByteArrayInputStream;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * A {@link WebSocket.Listener} that checks every text message a client receives, then hands it on
 * unchanged to the listener it wraps. Partial frames are reassembled first; each whole message is
 * read as the CLI reads one (pushes validated, responses skipped) against the validator's API
 * version. At the end of the test, {@link #assertAllConformed()}.
 *
 * <pre>{@code
 * var listener = new ConformingWebSocketListener(PushValidator.forVersion("3.6"), myListener);
 * WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
 *     .buildAsync(URI.create("wss://..."), listener).join();
 * ...
 * listener.assertAllConformed();
 * }</pre>
 */
public final class ConformingWebSocketListener implements WebSocket.Listener {
  private final PushValidator validator;
  private final WebSocket.Listener delegate;
  private final StringBuilder partial = new StringBuilder();
  private final List<MessageResult> results = new ArrayList<>();
  private int messages;

  /**
   * @param validator shared by every message (its API version, strict or not)
   * @param delegate the listener that gets every call after the check
   */
  public ConformingWebSocketListener(PushValidator validator, WebSocket.Listener delegate) {
    this.validator = Objects.requireNonNull(validator, "validator == null");
    this.delegate = Objects.requireNonNull(delegate, "delegate == null");
  }

  @Override
  public void onOpen(WebSocket webSocket) {
    delegate.onOpen(webSocket);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      String message = partial.toString();
      partial.setLength(0);
      check(message);
    }
    return delegate.onText(webSocket, data, last);
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
    return delegate.onBinary(webSocket, data, last);
  }

  @Override
  public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
    return delegate.onPing(webSocket, message);
  }

  @Override
  public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
    return delegate.onPong(webSocket, message);
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    return delegate.onClose(webSocket, statusCode, reason);
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    delegate.onError(webSocket, error);
  }

  private void check(String message) {
    int index;
    synchronized (results) {
      index = ++messages;
    }
    CheckOptions options =
        CheckOptions.of(List.of(CheckOptions.STDIN))
            .withApiVersion(validator.apiVersion())
            .withStrict(validator.isStrict())
            .withThreads(1);
    CheckRun run =
        CheckRun.of(options, new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8)));
    synchronized (results) {
      for (MessageResult r : run.results) {
        results.add(renamed(r, "message " + index));
      }
    }
  }

  private static MessageResult renamed(MessageResult r, String source) {
    return new MessageResult(
        source,
        r.index(),
        r.line(),
        r.column(),
        r.locator(),
        r.kind(),
        r.action(),
        r.apiVersion(),
        r.status(),
        r.skipReason(),
        r.findings());
  }

  /** Every whole text message checked so far, in order of arrival ({@code message N}). */
  public List<MessageResult> results() {
    synchronized (results) {
      return List.copyOf(results);
    }
  }

  /**
   * Asserts that at least one push was received and every text message received so far conformed;
   * the failure lists each message that did not, with its findings.
   */
  public void assertAllConformed() {
    List<MessageResult> all = results();
    List<MessageResult> failing =
        all.stream()
            .filter(r -> r.status() == Status.INVALID || r.status() == Status.UNREADABLE)
            .toList();
    long pushes =
        all.stream()
            .filter(r -> r.kind().orElse(null) == Kind.PUSH)
            .filter(r -> r.status() == Status.VALID || r.status() == Status.INVALID)
            .count();
    String summary =
        all.size()
            + " messages: "
            + (pushes
                - failing.stream()
                    .filter(r -> r.kind().orElse(null) == Kind.PUSH)
                    .filter(r -> r.status() == Status.INVALID)
                    .count())
            + " valid pushes, "
            + failing.size()
            + " not conforming";
    if (!failing.isEmpty()) {
      throw Failures.runFailed("websocket traffic", failing, List.of(), summary);
    }
    if (pushes == 0) {
      throw new org.opentest4j.AssertionFailedError(
          "no push received over the websocket (" + summary + ")");
    }
  }
}

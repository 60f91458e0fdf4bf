package dev.pushcheck.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pushcheck.MessageResult;
import dev.pushcheck.PushValidator;
import dev.pushcheck.Status;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Against a real websocket server on 127.0.0.1, with the JDK's websocket client. */
class ConformingWebSocketListenerTest {
  private static final PushValidator V36 = PushValidator.forVersion("3.6");
  private static final String RESPONSE =
      "{\"request_id\":\"r1\",\"action\":\"ping\",\"type\":\"response\",\"success\":true,"
          + "\"payload\":{}}";

  @Test
  void reassemblesFragmentedMessagesAndPassesEverythingOnUnchanged() throws Exception {
    String push = read("pushes/chat_deactivated.json");
    String typing = read("pushes/incoming_typing_indicator.json");
    List<List<String>> sent =
        List.of(
            thirds(push), // one push in three frames: each frame alone is not JSON
            List.of(RESPONSE),
            List.of(typing));

    Recorder recorder = new Recorder();
    ConformingWebSocketListener listener = new ConformingWebSocketListener(V36, recorder);
    exchange(sent, listener, recorder);

    assertThat(recorder.texts).containsExactly(push, RESPONSE, typing);
    assertThat(recorder.parts).isGreaterThanOrEqualTo(5);
    assertThat(listener.results())
        .extracting(MessageResult::source, MessageResult::action, MessageResult::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("message 1", "chat_deactivated", Status.VALID),
            org.assertj.core.groups.Tuple.tuple("message 2", "ping", Status.VALID),
            org.assertj.core.groups.Tuple.tuple(
                "message 3", "incoming_typing_indicator", Status.VALID));
    listener.assertAllConformed();
  }

  @Test
  void assertAllConformedListsEveryPushThatDidNot() throws Exception {
    String invalid = read("broken/chat_deactivated_without_chat_id.json");
    String undocumented = read("broken/chat_deactivated_undocumented.json");
    List<List<String>> sent =
        List.of(
            List.of(read("pushes/chat_deactivated.json")), halves(invalid), List.of(undocumented));

    Recorder recorder = new Recorder();
    ConformingWebSocketListener listener = new ConformingWebSocketListener(V36.strict(), recorder);
    exchange(sent, listener, recorder);

    assertThatThrownBy(listener::assertAllConformed)
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("3 messages: 1 valid pushes, 2 not conforming")
        .hasMessageContaining("message 2:5:14: error: [REQUIRED] /payload/chat_id")
        .hasMessageContaining("message 3:9:20: error: [UNDOCUMENTED_FIELD] /payload/seen_by_bot")
        .hasMessageNotContaining("message 1");
  }

  @Test
  void noPushAtAllIsNoConformance() throws Exception {
    Recorder recorder = new Recorder();
    ConformingWebSocketListener listener = new ConformingWebSocketListener(V36, recorder);
    exchange(List.of(List.of(RESPONSE)), listener, recorder);

    assertThatThrownBy(listener::assertAllConformed)
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith("no push received over the websocket");
  }

  private static void exchange(
      List<List<String>> sent, ConformingWebSocketListener listener, Recorder recorder)
      throws Exception {
    try (LoopbackWebSocketServer server = new LoopbackWebSocketServer(sent)) {
      HttpClient client = HttpClient.newHttpClient();
      client.newWebSocketBuilder().buildAsync(server.uri(), listener).get(10, TimeUnit.SECONDS);
      recorder.closed.get(10, TimeUnit.SECONDS);
      server.done().get(10, TimeUnit.SECONDS);
    }
  }

  private static String read(String resource) throws IOException {
    return Files.readString(Path.of("src/test/resources", resource));
  }

  private static List<String> thirds(String text) {
    int third = text.length() / 3;
    return List.of(
        text.substring(0, third), text.substring(third, 2 * third), text.substring(2 * third));
  }

  private static List<String> halves(String text) {
    return List.of(text.substring(0, text.length() / 2), text.substring(text.length() / 2));
  }

  /** The wrapped listener: records what it is handed, and answers the server's close. */
  private static final class Recorder implements WebSocket.Listener {
    final List<String> texts = new ArrayList<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    final StringBuilder message = new StringBuilder();
    int parts;

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      parts++;
      message.append(data);
      if (last) {
        texts.add(message.toString());
        message.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closed.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closed.completeExceptionally(error);
    }
  }
}

package dev.pushcheck.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal RFC 6455 server on 127.0.0.1 for one client: it answers the opening handshake, sends
 * the given messages as text frames (each message may be split into several frames), sends a close
 * frame and waits, boundedly, for the client's close.
 */
final class LoopbackWebSocketServer implements AutoCloseable {
  private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
  private static final Pattern KEY =
      Pattern.compile("^sec-websocket-key:\\s*(\\S+)\\s*$", Pattern.MULTILINE);
  private static final int TIMEOUT_MILLIS = 5_000;

  private final ServerSocket server;
  private final CompletableFuture<Void> done;

  /**
   * @param messages each message as the text of its frames, in order
   */
  LoopbackWebSocketServer(List<List<String>> messages) throws IOException {
    server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    server.setSoTimeout(TIMEOUT_MILLIS);
    done = CompletableFuture.runAsync(() -> serve(messages));
  }

  URI uri() {
    return URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/agent/rtm/ws");
  }

  /** Completes when the server has sent everything and the client has closed (or timed out). */
  CompletableFuture<Void> done() {
    return done;
  }

  private void serve(List<List<String>> messages) {
    try (Socket client = server.accept()) {
      client.setSoTimeout(TIMEOUT_MILLIS);
      InputStream in = client.getInputStream();
      OutputStream out = client.getOutputStream();
      handshake(in, out);
      for (List<String> frames : messages) {
        for (int i = 0; i < frames.size(); i++) {
          int opcode = i == 0 ? 0x1 : 0x0; // text, then continuation
          frame(
              out, i == frames.size() - 1, opcode, frames.get(i).getBytes(StandardCharsets.UTF_8));
        }
      }
      frame(out, true, 0x8, new byte[] {0x03, (byte) 0xE8}); // close, 1000
      out.flush();
      in.readNBytes(2); // the start of the client's close frame, or end of stream
    } catch (IOException e) {
      throw new IllegalStateException("websocket test server failed", e);
    }
  }

  private static void handshake(InputStream in, OutputStream out) throws IOException {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    while (!request.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0 || request.size() > 16_384) {
        throw new IOException("no complete handshake request");
      }
      request.write(b);
    }
    String headers = request.toString(StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
    Matcher key = KEY.matcher(headers.toLowerCase(Locale.ROOT));
    if (!key.find()) {
      throw new IOException("no Sec-WebSocket-Key in " + headers);
    }
    // the key is base64: take it with its original case
    int start = headers.toLowerCase(Locale.ROOT).indexOf(key.group(1));
    String original = headers.substring(start, start + key.group(1).length());
    String response =
        "HTTP/1.1 101 Switching Protocols\r\n"
            + "Upgrade: websocket\r\n"
            + "Connection: Upgrade\r\n"
            + "Sec-WebSocket-Accept: "
            + accept(original)
            + "\r\n\r\n";
    out.write(response.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static String accept(String key) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      return Base64.getEncoder()
          .encodeToString(sha1.digest((key + GUID).getBytes(StandardCharsets.ISO_8859_1)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An unmasked server frame. */
  private static void frame(OutputStream out, boolean fin, int opcode, byte[] payload)
      throws IOException {
    out.write((fin ? 0x80 : 0) | opcode);
    if (payload.length < 126) {
      out.write(payload.length);
    } else if (payload.length < 65_536) {
      out.write(126);
      out.write(payload.length >>> 8);
      out.write(payload.length & 0xFF);
    } else {
      out.write(127);
      for (int shift = 56; shift >= 0; shift -= 8) {
        out.write((int) ((long) payload.length >>> shift) & 0xFF);
      }
    }
    out.write(payload);
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}

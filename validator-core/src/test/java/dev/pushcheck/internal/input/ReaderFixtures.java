package dev.pushcheck.internal.input;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/** Fixtures under {@code readers/} and a sink that collects what a reader hands over. */
final class ReaderFixtures {
  private ReaderFixtures() {}

  static byte[] fixture(String name) {
    try (InputStream in = ReaderFixtures.class.getResourceAsStream("/readers/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture readers/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static List<RawMessage> read(MessageReader reader, String source, byte[] content)
      throws IOException {
    List<RawMessage> messages = new ArrayList<>();
    reader.read(source, new ByteArrayInputStream(content), messages::add);
    return messages;
  }

  static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content);
    }
    return bytes.toByteArray();
  }

  static byte[] zlib(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DeflaterOutputStream out = new DeflaterOutputStream(bytes)) {
      out.write(content);
    }
    return bytes.toByteArray();
  }
}

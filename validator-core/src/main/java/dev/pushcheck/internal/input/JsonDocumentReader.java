package dev.pushcheck.internal.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * JSON documents: a root-level array is a list of messages, any other root-level value is one
 * message, and root values may follow each other. A HAR document is handed to {@link HarReader}.
 *
 * <p>A malformed message does not end the input: it is reported as unreadable, and reading starts
 * again at the next line that starts a message where the broken one started (same column, an
 * opening brace), as the next value of a concatenated stream or of the root array. If no such line
 * follows but later lines hold more content, the input gets a read problem: nothing is dropped
 * silently.
 */
public final class JsonDocumentReader implements MessageReader {

  @Override
  public void read(String source, InputStream in, Consumer<RawMessage> sink) throws IOException {
    new Document(source, new Rewindable(in), sink).read();
  }

  private static final class Document {
    private final String source;
    private final Rewindable in;
    private final Consumer<RawMessage> sink;
    private long index;
    private boolean first = true;
    // The current parser and how its positions map to the input.
    private JsonParser parser;
    private ObjectReader trees;
    private long base;
    private Origin origin = Origin.START;
    private boolean inArray;
    // Where the value being read starts (in the parser's terms), or null between values.
    private TokenStreamLocation start;
    private int lastStartColumn = 1;
    private JsonNode har;

    Document(String source, Rewindable in, Consumer<RawMessage> sink) {
      this.source = source;
      this.in = in;
      this.sink = sink;
    }

    void read() throws IOException {
      boolean more = startParser(in, false);
      while (more) {
        try {
          readValues();
          more = false;
        } catch (JacksonIOException e) {
          throw readFailure(e);
        } catch (JacksonException e) {
          more = recover(e);
        } catch (Exception e) {
          // the parser throws a charset failure undeclared
          if (e instanceof IOException io && InputProblems.isEncodingProblem(io)) {
            throw InputProblems.notText(source, io);
          }
          throw e;
        } finally {
          if (!more) {
            parser.close();
          }
        }
      }
      if (har != null) {
        HarReader.readTree(source, har, sink);
      }
    }

    /**
     * The parser reads ahead when it is created, at the start and again after a malformed message:
     * a truncated or corrupt gzip stream fails there too.
     */
    private boolean startParser(InputStream content, boolean resumeInArray) throws IOException {
      try {
        parser = StreamingJson.createParser(content);
      } catch (JacksonIOException e) {
        throw readFailure(e);
      }
      trees = StreamingJson.treeReader(parser);
      inArray = resumeInArray;
      return true;
    }

    private IOException readFailure(JacksonIOException e) {
      return InputProblems.isEncodingProblem(e.getCause())
          ? InputProblems.notText(source, e.getCause())
          : e.getCause();
    }

    private void readValues() {
      JsonToken token = parser.nextToken();
      if (first) {
        first = false;
        if (token == null) {
          return; // an empty input holds no message; the run notes it
        }
        if (token == JsonToken.START_OBJECT) {
          start = parser.currentTokenLocation();
          JsonNode value = StreamingJson.readValue(trees, parser);
          if (value.has("log")) {
            har = value;
            return;
          }
          emit(value);
          token = parser.nextToken();
        }
      }
      for (; token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_ARRAY && !inArray) {
          inArray = true;
          token = parser.nextToken();
        }
        if (inArray) {
          for (; token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            readMessage();
          }
          inArray = false;
        } else {
          readMessage();
        }
      }
    }

    private void readMessage() {
      start = parser.currentTokenLocation();
      lastStartColumn = origin.column(start);
      emit(StreamingJson.readValue(trees, parser));
    }

    private void emit(JsonNode message) {
      sink.accept(
          RawMessage.in(source, index++)
              .at(origin.line(start), origin.column(start))
              .parsed(message, origin));
      start = null;
    }

    /**
     * Reports the broken message and finds where the next one starts.
     *
     * @return whether a new parser is ready to read on
     */
    private boolean recover(JacksonException e) throws IOException {
      TokenStreamLocation error = e instanceof StreamReadException read ? read.getLocation() : null;
      TokenStreamLocation brokenStart = start;
      TokenStreamLocation at = brokenStart != null ? brokenStart : error;
      int brokenLine = origin.line(at);
      int column = brokenStart != null ? origin.column(brokenStart) : lastStartColumn;
      sink.accept(
          RawMessage.in(source, index++)
              .at(brokenLine, origin.column(at))
              .unreadable(ParseProblems.finding(e, origin)));
      start = null;
      boolean resumeInArray = inArray;
      parser.close();
      if (error == null || error.getByteOffset() < 0) {
        return false;
      }
      int errorLine = origin.line(error);
      long errorOffset = base + error.getByteOffset();
      long errorLineStart = errorOffset - Math.max(error.getColumnNr() - 1, 0);
      long brokenOffset =
          brokenStart != null && brokenStart.getByteOffset() >= 0
              ? base + brokenStart.getByteOffset()
              : -1;
      // Parsers read ahead, and the kept bytes reach back past the error: look for the next message
      // from the line after the broken one starts (so a broken line never hides the next line),
      // else
      // from the line of the error.
      long scanFrom;
      int scanLine;
      if (brokenOffset >= 0 && in.canRewindTo(brokenOffset)) {
        in.rewindTo(brokenOffset);
        if (!skipLine()) {
          return false;
        }
        scanFrom = in.position();
        scanLine = brokenLine + 1;
      } else if (errorLine > brokenLine && in.canRewindTo(errorLineStart)) {
        scanFrom = errorLineStart;
        scanLine = errorLine;
      } else if (in.canRewindTo(errorOffset)) {
        in.rewindTo(errorOffset);
        if (!skipLine()) {
          return false;
        }
        scanFrom = in.position();
        scanLine = errorLine + 1;
      } else {
        throw InputProblems.of(source, errorLine, "cannot read on after the malformed message");
      }
      in.rewindTo(scanFrom);
      return resumeAtNextMessage(scanLine, column, brokenLine, resumeInArray);
    }

    private boolean resumeAtNextMessage(int line, int column, int brokenLine, boolean resumeInArray)
        throws IOException {
      boolean skippedContent = false;
      for (int lineNumber = line; ; lineNumber++) {
        long lineStart = in.position();
        int col = 1;
        int b = in.read();
        while (b == ' ' || b == '\t' || b == '\r') {
          b = in.read();
          col++;
        }
        if (b == -1) {
          if (skippedContent) {
            throw InputProblems.of(
                source,
                brokenLine,
                "after the malformed message, no later line starts a message at column "
                    + column
                    + "; the rest of the input was not read");
          }
          return false;
        }
        if (b == '{' && col == column) {
          in.rewindTo(lineStart);
          InputStream content = in;
          base = lineStart;
          int columnOffset = 0;
          if (resumeInArray) {
            content = new SequenceInputStream(new ByteArrayInputStream(new byte[] {'['}), in);
            base = lineStart - 1;
            columnOffset = -1;
          }
          origin = new Origin(lineNumber - 1, columnOffset);
          return startParser(content, false);
        }
        if (b != '\n') {
          // A line that starts with a brace elsewhere may start a message nothing can reach now.
          skippedContent |= b == '{';
          skipLine();
        }
      }
    }

    private boolean skipLine() throws IOException {
      for (int b = in.read(); b != -1; b = in.read()) {
        if (b == '\n') {
          return true;
        }
      }
      return false;
    }
  }
}

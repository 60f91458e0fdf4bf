package dev.pushcheck.internal.input;

import dev.pushcheck.Finding;
import dev.pushcheck.Rule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/** Turns a parser's failure on one message into the finding that makes the message unreadable. */
public final class ParseProblems {
  private static final String DUPLICATE = "Duplicate Object property ";

  private ParseProblems() {}

  /** The {@code MALFORMED_JSON} or {@code DUPLICATE_KEY} finding for a failed parse. */
  public static Finding finding(JacksonException e, Origin origin) {
    String text =
        e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    boolean duplicate = text.startsWith(DUPLICATE);
    var location = e instanceof StreamReadException read ? read.getLocation() : null;
    String firstLine = InputProblems.firstLine(text);
    return Finding.of(duplicate ? Rule.DUPLICATE_KEY : Rule.MALFORMED_JSON)
        .expected(duplicate ? "unique keys" : "JSON")
        .actual(duplicate ? firstLine.substring(DUPLICATE.length()) : "malformed input")
        .detail(firstLine)
        .at(origin.line(location), origin.column(location));
  }
}

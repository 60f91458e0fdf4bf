package dev.pushcheck.internal.input;

import dev.pushcheck.Finding;
import dev.pushcheck.Rule;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Turns a parser's failure into the finding that makes the message unreadable, and is the one place
 * where the parser's wording becomes the user's: no Jackson feature names, no class names.
 */
public final class ParseProblems {
  private static final String DUPLICATE = "Duplicate Object property ";
  private static final Pattern NON_STANDARD = Pattern.compile("^Non-standard token '([^']*)'");
  private static final Pattern LIMIT = Pattern.compile("maximum allowed \\((\\d+)");
  private static final Pattern UNEXPECTED_CHARACTER =
      Pattern.compile("^Unexpected character \\(('.*?') \\(code \\d+\\)\\):? ?(.*)$");
  private static final Pattern JACKSON_PARENTHESIS = Pattern.compile("\\s*\\([^()]*`[^()]*\\)");
  private static final Pattern JACKSON_ADVICE =
      Pattern.compile(":? *\\(?(consider enabling|enable|disable|not allowed as per) `.*$");

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
        .detail(duplicate ? firstLine : describe(text))
        .at(origin.line(location), origin.column(location));
  }

  /** {@code malformed JSON: <what is wrong>}, for an input that cannot be read on. */
  static String describe(JacksonException e) {
    return "malformed JSON: "
        + describe(e.getOriginalMessage() == null ? "" : e.getOriginalMessage());
  }

  /** What is wrong with the JSON, in the user's words, from the parser's message. */
  static String describe(String parserMessage) {
    String text = InputProblems.firstLine(parserMessage);
    Matcher m = NON_STANDARD.matcher(text);
    if (m.find()) {
      return m.group(1) + " is not JSON (JSON has no NaN or Infinity, and no unquoted words)";
    }
    if (text.contains("nesting depth")) {
      return "nested deeper than " + limit(text, "the limit") + " levels";
    }
    if (text.startsWith("String value length")) {
      return "a string longer than " + limit(text, "the limit") + " characters";
    }
    if (text.startsWith("Number value length")) {
      return "a number longer than " + limit(text, "the limit") + " digits";
    }
    if (text.startsWith("Document length") || text.startsWith("Document size")) {
      return "the message is longer than " + limit(text, "the limit") + " bytes";
    }
    if (text.startsWith("Trailing token") || text.startsWith("Unexpected content after")) {
      return "more content after the end of the JSON value";
    }
    if (text.startsWith("No content")) {
      return "the message is empty";
    }
    if (text.startsWith("Unexpected end-of-input")) {
      if (text.contains("closing quote")) {
        return "the input ends inside a string";
      }
      if (text.contains("Object")) {
        return "the input ends inside an object";
      }
      if (text.contains("Array")) {
        return "the input ends inside an array";
      }
      return "the input ends inside a JSON value";
    }
    if (text.startsWith("Illegal unquoted character")) {
      return "a control character inside a string must be escaped";
    }
    m = UNEXPECTED_CHARACTER.matcher(text);
    if (m.find()) {
      String why = m.group(2).isEmpty() ? "" : ": " + m.group(2);
      return "unexpected character " + m.group(1) + JACKSON_ADVICE.matcher(why).replaceAll("");
    }
    String plain =
        JACKSON_ADVICE.matcher(JACKSON_PARENTHESIS.matcher(text).replaceAll("")).replaceAll("");
    plain = plain.replace("Object property", "key");
    return plain.isEmpty()
        ? "not JSON"
        : Character.toLowerCase(plain.charAt(0)) + plain.substring(1);
  }

  private static String limit(String text, String unknown) {
    Matcher m = LIMIT.matcher(text);
    return m.find() ? m.group(1) : unknown;
  }
}

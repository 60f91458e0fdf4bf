package dev.pushcheck.report;

/** Escaping for XML 1.0 text and attribute values (also used for HTML). */
final class Xml {
  private Xml() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // Characters XML 1.0 cannot carry at all become U+FFFD.
          boolean allowed =
              c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
          out.append(allowed ? c : '\uFFFD');
        }
      }
    }
    return out.toString();
  }
}

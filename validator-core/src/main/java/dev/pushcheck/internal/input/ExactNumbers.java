package dev.pushcheck.internal.input;

import com.networknt.schema.serialization.node.LocationJsonNodeFactory;
import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NumericNode;

/**
 * Node factory that keeps a number's kind as written: a fraction whose double value is a whole
 * number ({@code -1e-999999} underflows to -0.0, {@code 1.0000000000000000001} rounds to 1.0) is
 * kept as a decimal, so that it is a number, not an integer, to the schema's {@code type} check.
 */
final class ExactNumbers extends LocationJsonNodeFactory {
  private static final long serialVersionUID = 1L;
  private final transient JsonParser parser;

  ExactNumbers(JsonParser parser) {
    super(parser);
    this.parser = parser;
  }

  @Override
  public NumericNode numberNode(double value) {
    NumericNode exact = isWhole(value) ? decimalNode(this, value, parser.getString()) : null;
    return exact != null ? exact : super.numberNode(value);
  }

  /**
   * The same numbers without node locations, for the messages whose findings need none (see {@link
   * JsonInput#readValue(String, boolean)}).
   */
  static final class Unlocated extends JsonNodeFactory {
    private static final long serialVersionUID = 1L;
    private final transient JsonParser parser;

    Unlocated(JsonParser parser) {
      this.parser = parser;
    }

    @Override
    public NumericNode numberNode(double value) {
      NumericNode exact = isWhole(value) ? decimalNode(this, value, parser.getString()) : null;
      return exact != null ? exact : super.numberNode(value);
    }
  }

  private static boolean isWhole(double value) {
    return Double.isFinite(value) && value == Math.rint(value);
  }

  private static NumericNode decimalNode(JsonNodeFactory nodes, double value, String written) {
    BigDecimal exact = wholeFractionOrNull(value, written);
    return exact != null && nodes.numberNode(exact) instanceof NumericNode node ? node : null;
  }

  /** The number as written, when it is a fraction whose double value is whole, or null. */
  static BigDecimal wholeFractionOrNull(double value, String written) {
    if (!isWhole(value)) {
      return null;
    }
    try {
      BigDecimal exact = new BigDecimal(written);
      return exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0 ? exact : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

package dev.pushcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/**
 * The official schemas of the report formats, from {@code src/test/resources/schemas/} (see the
 * README there for their sources): JUnit XML against Jenkins' junit-10.xsd, SARIF against the SARIF
 * 2.1.0 JSON Schema (draft-07, and the OASIS errata 01 copy, draft-04). Offline.
 */
final class ReportSchemas {
  private static final Schema SARIF = jsonSchema("sarif-schema-2.1.0.json", Dialects.getDraft7());
  private static final Schema SARIF_ERRATA =
      jsonSchema("sarif-schema-2.1.0-errata01.json", Dialects.getDraft4());
  private static final javax.xml.validation.Schema JUNIT = junitXsd();

  private ReportSchemas() {}

  static void assertValidSarif(String json) {
    List<Error> errors = SARIF.validate(json, InputFormat.JSON);
    assertThat(errors).as("SARIF 2.1.0 schema (draft-07) errors").isEmpty();
    List<Error> errataErrors = SARIF_ERRATA.validate(json, InputFormat.JSON);
    assertThat(errataErrors).as("SARIF 2.1.0 errata 01 schema (draft-04) errors").isEmpty();
  }

  static void assertValidJunit(String xml) {
    Validator validator = JUNIT.newValidator();
    try {
      validator.validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException e) {
      throw new AssertionError("junit-10.xsd: " + e.getMessage() + "\n" + xml, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Pattern URL_ATTRIBUTE =
      Pattern.compile("(?i)\\b(?:src|href|action|xlink:href)\\s*=\\s*[\"']?\\s*(?:https?:)?//");
  private static final Pattern CSS_URL = Pattern.compile("(?i)url\\(|@import");

  /** No attribute and no CSS that would load anything: the page must open offline. */
  static void assertSelfContainedHtml(String html) {
    Matcher attribute = URL_ATTRIBUTE.matcher(html);
    assertThat(attribute.find()).as("a src/href to the network in the HTML report").isFalse();
    assertThat(CSS_URL.matcher(html).find()).as("url( or @import in the HTML report").isFalse();
    assertThat(html).doesNotContain("<link").doesNotContain("<iframe").doesNotContain("<img");
    assertThat(html).contains("<style>").contains("<script>").endsWith("</html>\n");
  }

  private static Schema jsonSchema(String name, Dialect dialect) {
    try (InputStream in = ReportSchemas.class.getResourceAsStream("/schemas/" + name)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Schema schema = SchemaRegistry.withDialect(dialect).getSchema(text, InputFormat.JSON);
      schema.initializeValidators();
      return schema;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static javax.xml.validation.Schema junitXsd() {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory.newSchema(ReportSchemas.class.getResource("/schemas/junit-10.xsd"));
    } catch (SAXException e) {
      throw new IllegalStateException(e);
    }
  }
}

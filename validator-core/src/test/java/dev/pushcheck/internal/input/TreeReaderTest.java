package dev.pushcheck.internal.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tree of a message read without locations must be the one databind's tree deserializer builds
 * from the same text (which {@link TreeReader} replaced), node class for node class: the compiled
 * checks decide on it, networknt on databind's.
 */
class TreeReaderTest {
  private static final JsonMapper DATABIND =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();

  static Stream<String> texts() throws IOException {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "{}",
                "[]",
                "\"text\"",
                "0",
                "-0",
                "-0.0",
                "1.0",
                "1.5",
                "1e2",
                "1E-2",
                "-1e-999999",
                "1e400",
                "1.0000000000000000001",
                "2147483647",
                "2147483648",
                "-2147483649",
                "9223372036854775807",
                "9223372036854775808",
                "123456789012345678901234567890",
                "true",
                "false",
                "null",
                "{\"a\":{\"b\":[1,[2,[3,{}]],{\"c\":null}]},\"d\":[],\"e\":{}}",
                "[".repeat(450) + "\"deep\"" + "]".repeat(450),
                "{\"\\u00e9t\\u00e9\":\"\\ud83d\\ude00 \\\\ \\\" \\n\",\"\":\"empty name\"}",
                "[1, 2.5, -3, \"4\", true, null, {\"x\": 1.0}]",
                "{\r\n  \"a\": [1,\r\n 2],\r\"b\":\n\n\t{\"c\" : null }\r\n}\r\n",
                " \n [ true ,\n\tfalse, -1.5e3 , \"x\" ] ",
                "[\"\\b\\f\\n\\r\\t\\/\\\\\\\"\\u0041\\u00e9\\uD83D\\ude00x\", \"\\\"\"]"));
    try (Stream<String> lines = Files.lines(Path.of("../examples/pushes.jsonl"))) {
      lines.filter(line -> !line.isBlank()).forEach(texts::add);
    }
    try (Stream<Path> files = Files.list(Path.of("../examples/webhooks"))) {
      for (Path file : files.sorted().toList()) {
        texts.add(Files.readString(file));
      }
    }
    return texts.stream();
  }

  @ParameterizedTest
  @MethodSource("texts")
  void buildsTheTreeDatabindBuilds(String text) {
    JsonNode databind;
    try (JsonParser parser = DATABIND.createParser(text)) {
      parser.nextToken();
      databind = DATABIND.reader(new ExactNumbers.Unlocated(parser)).readTree(parser);
    }

    assertSameTree(JsonInput.readValue(text, false), databind, "");
  }

  @ParameterizedTest
  @MethodSource("texts")
  void buildsTheLocatedTreeDatabindBuildsWithTheSameLocations(String text) {
    JsonNode databind;
    try (JsonParser parser = JsonInput.MAPPER.createParser(text)) {
      parser.nextToken();
      databind = JsonInput.MAPPER.reader(new ExactNumbers(parser)).readTree(parser);
    }

    assertSameTree(JsonInput.readValue(text), databind, "");
  }

  static Stream<Path> bundledSchemaFiles() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("../schemas/agent-chat"))) {
      return files.filter(file -> file.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  /** The schema files are read as messages are; they must come out as databind reads them. */
  @ParameterizedTest
  @MethodSource("bundledSchemaFiles")
  void everyBundledSchemaFileIsReadPlainToTheTreeDatabindReads(Path file) throws IOException {
    String text = Files.readString(file);
    JsonNode databind;
    try (JsonParser parser = DATABIND.createParser(text)) {
      databind = DATABIND.readTree(parser);
    }

    assertThat(PlainTreeParser.parseOrNull(text)).as("read by the plain parser").isNotNull();
    assertThat(sameTree(JsonInput.readPlain(text), databind)).as("the same tree").isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":1,\"a\":2}", "[{\"a\":{\"b\":1,\"b\":1}}]"})
  void aRepeatedMemberNameIsAProblemAsForDatabind(String text) {
    assertThatThrownBy(() -> JsonInput.readValue(text, false))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("Duplicate member name");
    assertThat(JsonInput.readUnlocatedOrNull(text)).isNull();
  }

  @ParameterizedTest
  @MethodSource("texts")
  void thePlainParserBuildsTheSameTreeOrDeclines(String text) {
    JsonNode plain = PlainTreeParser.parseOrNull(text);
    JsonNode located = PlainTreeParser.parseLocatedOrNull(text);

    assertThat(located == null).isEqualTo(plain == null);
    if (plain != null) {
      assertSameTree(plain, JsonInput.readValue(text, false), "");
      assertSameTree(located, JsonInput.readValue(text, true), "");
    }
  }

  @ParameterizedTest
  @MethodSource("texts")
  void thePlainParserAgreesOnEveryTextOneCharacterAwayFromATextOfOurs(String text) {
    List<String> disagreements = new ArrayList<>();
    for (int at = 0; at < text.length(); at++) {
      for (String changed :
          List.of(
              text.substring(0, at) + text.substring(at + 1),
              text.substring(0, at + 1) + text.substring(at),
              text.substring(0, at) + '"' + text.substring(at + 1))) {
        JsonNode plain = PlainTreeParser.parseOrNull(changed);
        if (plain == null) {
          continue;
        }
        try {
          if (!sameTree(plain, JsonInput.readValue(changed, false))) {
            disagreements.add(changed + "\n  read to another tree");
          }
          JsonNode located = PlainTreeParser.parseLocatedOrNull(changed);
          if (located == null || !sameTree(located, JsonInput.readValue(changed, true))) {
            disagreements.add(changed + "\n  read located to another tree, or to none");
          }
        } catch (JacksonException e) {
          disagreements.add(changed + "\n  which Jackson rejects: " + e.getOriginalMessage());
        }
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("texts")
  void thePlainParserReadsEveryTextOfOursButTheDeepestAndTheLongestNumbers(String text) {
    boolean declinable =
        text.startsWith("[".repeat(PlainTreeParser.MAX_DEPTH + 1))
            || text.matches("-?\\d{19,}")
            || text.contains("\"\\u00e9t");

    assertThat(PlainTreeParser.parseOrNull(text) == null).isEqualTo(declinable);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "{",
        "}",
        "[1,]",
        "[1,,2]",
        "{\"a\":1,}",
        "{\"a\" 1}",
        "{\"a\"}",
        "{\"a\":}",
        "{a:1}",
        "{'a':1}",
        "'a'",
        "01",
        "-01",
        "-",
        "[-]",
        "1.",
        ".5",
        "1e",
        "1e+",
        "+1",
        "0x10",
        "NaN",
        "-Infinity",
        "tru",
        "truex",
        "nul",
        "[1 2]",
        "1 2",
        "{\"a\":1} {}",
        "{\"a\":1}}",
        "[]]",
        "\"abc",
        "\"a\u0001\"",
        "\"\\x\"",
        "\"\\u12G4\"",
        "\"\\u12\"",
        "\"\\",
        "[\"a\"",
        "\u00a0[]",
        "[]\u0000",
        "{\"a\":1,\"a\":2}",
        "[{\"b\":{\"c\":1,\"c\":1}}]"
      })
  void thePlainParserDeclinesWhatJacksonRejects(String text) {
    assertThat(PlainTreeParser.parseOrNull(text)).isNull();
    assertThatThrownBy(() -> JsonInput.readValue(text, false)).isInstanceOf(JacksonException.class);
  }

  /**
   * {@link #assertSameTree}'s comparison without its cost: node classes, values, locations and
   * member order.
   */
  static boolean sameTree(JsonNode actual, JsonNode expected) {
    if (actual.getClass() != expected.getClass()
        || !actual.equals(expected)
        || !Objects.equals(where(actual), where(expected))) {
      return false;
    }
    if (expected.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> members = actual.properties().iterator();
      for (Map.Entry<String, JsonNode> member : expected.properties()) {
        Map.Entry<String, JsonNode> next = members.next();
        if (!next.getKey().equals(member.getKey())
            || !sameTree(next.getValue(), member.getValue())) {
          return false;
        }
      }
    } else if (expected.isArray()) {
      for (int i = 0; i < expected.size(); i++) {
        if (!sameTree(actual.get(i), expected.get(i))) {
          return false;
        }
      }
    }
    return true;
  }

  /** A node's location as line:column@offset, null for a node without one. */
  private static String where(JsonNode node) {
    TokenStreamLocation at = JsonInput.locationOf(node);
    return at == null ? null : at.getLineNr() + ":" + at.getColumnNr() + "@" + at.getCharOffset();
  }

  static void assertSameTree(JsonNode actual, JsonNode expected, String pointer) {
    assertThat(actual.getClass()).as("node at %s", pointer).isEqualTo(expected.getClass());
    assertThat(actual).as("node at %s", pointer).isEqualTo(expected);
    assertThat(where(actual)).as("location of %s", pointer).isEqualTo(where(expected));
    if (expected.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> members = actual.properties().iterator();
      for (Map.Entry<String, JsonNode> member : expected.properties()) {
        Map.Entry<String, JsonNode> next = members.next();
        assertThat(next.getKey()).as("member order at %s", pointer).isEqualTo(member.getKey());
        assertSameTree(next.getValue(), member.getValue(), pointer + "/" + member.getKey());
      }
    } else if (expected.isArray()) {
      for (int i = 0; i < expected.size(); i++) {
        assertSameTree(actual.get(i), expected.get(i), pointer + "/" + i);
      }
    }
  }
}

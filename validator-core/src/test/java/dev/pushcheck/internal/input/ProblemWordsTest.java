package dev.pushcheck.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one mapping of parser and I/O failures to what the user reads. */
class ProblemWordsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"
            + " | NaN is not JSON (JSON has no NaN or Infinity, and no unquoted words)",
        "Document nesting depth (501) exceeds the maximum allowed (500, from"
            + " `StreamReadConstraints.getMaxNestingDepth()`) | nested deeper than 500 levels",
        "Trailing token (`JsonToken.START_OBJECT`) found after value (bound as"
            + " `tools.jackson.databind.JsonNode`): not allowed as per"
            + " `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`"
            + " | more content after the end of the JSON value",
        "String value length (67108865) exceeds the maximum allowed (67108864, from"
            + " `StreamReadConstraints.getMaxStringLength()`)"
            + " | a string longer than 67108864 characters",
        "Unexpected end-of-input: was expecting closing quote for a string value"
            + " | the input ends inside a string",
        "Unexpected character ('1' (code 49)): was expecting a colon to separate property name and"
            + " value | unexpected character '1': was expecting a colon to separate property name and"
            + " value",
        "Illegal unquoted character ((CTRL-CHAR, code 1)): has to be escaped using backslash to be"
            + " included in string value | a control character inside a string must be escaped",
      })
  void parserMessagesInTheUsersWords(String jackson, String words) {
    assertThat(ParseProblems.describe(jackson)).isEqualTo(words);
  }

  @Test
  void ioFailuresInTheWordsOfUnixTools() {
    assertThat(describe(new AccessDeniedException("noperm.jsonl"))).isEqualTo("permission denied");
    assertThat(describe(new FileNotFoundException("noperm.jsonl (Permission denied)")))
        .isEqualTo("permission denied");
    assertThat(describe(new NoSuchFileException("x"))).isEqualTo("no such file or directory");
    assertThat(describe(new FileSystemException("x", null, "Is a directory")))
        .isEqualTo("is a directory");
    assertThat(describe(new FileSystemLoopException("x"))).startsWith("symbolic link loop");
    assertThat(describe(new EOFException())).isEqualTo("unexpected end of input");
  }

  private static String describe(IOException e) {
    return InputProblems.describe(e);
  }
}

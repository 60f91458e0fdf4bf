package dev.pushcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pushcheck.Finding;
import dev.pushcheck.Kind;
import dev.pushcheck.MessageResult;
import dev.pushcheck.Rule;
import dev.pushcheck.Status;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportsTest {
  @Test
  void githubCommandsEscapeDataAndPropertiesAsTheRunnerExpects() {
    assertThat(GithubReporter.data("100% done\r\nnext: a,b"))
        .isEqualTo("100%25 done%0D%0Anext: a,b");
    assertThat(GithubReporter.property("C:\\a,b:c%\n")).isEqualTo("C%3A\\a%2Cb%3Ac%25%0A");
  }

  @Test
  void aGithubAnnotationNamesFileLineColumnAndTitle() {
    StringWriter out = new StringWriter();
    GithubReporter reporter = new GithubReporter(new java.io.PrintWriter(out), 0);
    Finding finding =
        Finding.of(Rule.TYPE)
            .pointer("/payload/a,b")
            .expected("string")
            .actual("integer")
            .detail("50% off\nnext line")
            .at(3, 7);

    reporter.message(result("dir\\my,file.jsonl", "", finding));
    reporter.message(result("capture.har", "entry 0, frame 1", finding.at(0, 0)));

    assertThat(out.toString().lines())
        .containsExactly(
            "::error file=dir/my%2Cfile.jsonl,line=3,col=7,title=pushcheck TYPE::/payload/a,b:"
                + " wrong type: 50%25 off%0Anext line (expected string, got integer)",
            "::error file=capture.har,line=12,col=5,title=pushcheck TYPE::/payload/a,b:"
                + " wrong type: 50%25 off%0Anext line (expected string, got integer)"
                + " (entry 0, frame 1)");
  }

  @Test
  void specsParseFormatAndFile() {
    assertThat(ReportSpec.parse("text"))
        .isEqualTo(new ReportSpec(ReportFormat.TEXT, Optional.empty()));
    assertThat(ReportSpec.parse("SARIF=out/r.sarif"))
        .isEqualTo(new ReportSpec(ReportFormat.SARIF, Optional.of("out/r.sarif")));
    assertThat(ReportSpec.parse("html=a=b.html").file()).contains("a=b.html");
    assertThatThrownBy(() -> ReportSpec.parse("json=")).hasMessage("no file after '=' in 'json='");
    assertThatThrownBy(() -> Reports.parse(List.of("text", "json"), true))
        .hasMessageContaining("at most one report");
    assertThat(Reports.parse(List.of("text", "json"), false)).hasSize(2);
  }

  @Test
  void sarifUrisAreRelativeWithForwardSlashesAndEscaped() {
    assertThat(SarifReporter.uri("fixtures\\legacy dir\\a.json"))
        .isEqualTo("fixtures/legacy%20dir/a.json");
    assertThat(SarifReporter.uri("/abs/a.json")).isEqualTo("file:///abs/a.json");
  }

  @Test
  void theFindingLimitKeepsTheFirstFindingsInInputOrder() {
    FindingLimit limit = new FindingLimit(3);
    Finding f = Finding.of(Rule.TYPE).build();
    MessageResult two = result("a", "", f, f);

    assertThat(limit.shown(two).findings()).hasSize(2);
    assertThat(limit.shown(two).findings()).hasSize(1);
    assertThat(limit.shown(two).findings()).isEmpty();
    assertThat(limit.hidden()).isEqualTo(3);
    assertThat(limit.hiddenLine()).isEqualTo("3 more findings not shown (limit 3)");
  }

  @Test
  void xmlEscapingDropsCharactersXmlCannotCarry() {
    assertThat(Xml.escape("a<b>&\"'\u0001\t")).isEqualTo("a&lt;b&gt;&amp;&quot;&#39;\uFFFD\t");
  }

  private static MessageResult result(String source, String locator, Finding... findings) {
    return new MessageResult(
        source,
        0,
        12,
        5,
        locator,
        Optional.of(Kind.PUSH),
        "incoming_chat",
        "3.6",
        Status.INVALID,
        "",
        List.of(findings));
  }
}

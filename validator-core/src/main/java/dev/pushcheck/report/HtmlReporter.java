package dev.pushcheck.report;

import dev.pushcheck.Coverage;
import dev.pushcheck.Finding;
import dev.pushcheck.InputError;
import dev.pushcheck.MessageResult;
import dev.pushcheck.Reporter;
import dev.pushcheck.Summary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One self-contained HTML page (inline CSS, inline SVG, a little inline JavaScript, no external
 * URL, so it opens offline): the summary, a per-action chart of valid and invalid pushes, the
 * findings table (sortable by column, filterable by text and severity), and the coverage of each
 * API version used. Written at the end of the run.
 */
final class HtmlReporter implements Reporter {
  private final PrintWriter out;
  private final String toolVersion;
  private final FindingLimit limit;
  private final List<String[]> rows = new ArrayList<>();
  private final List<InputError> inputErrors = new ArrayList<>();

  HtmlReporter(PrintWriter out, String toolVersion, long maxFindings) {
    this.out = out;
    this.toolVersion = toolVersion;
    this.limit = new FindingLimit(maxFindings);
  }

  @Override
  public void message(MessageResult result) {
    MessageResult shown = limit.shown(result);
    for (Finding f : shown.findings()) {
      int line = Locations.line(shown, f);
      String sortKey =
          String.format(Locale.ROOT, "%s\t%010d\t%06d", shown.source(), line, shown.index());
      rows.add(
          new String[] {
            sortKey,
            shown.position(f),
            f.severity().label(),
            f.rule().name(),
            shown.action(),
            f.displayPointer(),
            f.message(),
            f.expected(),
            f.actual()
          });
    }
  }

  @Override
  public void inputError(InputError error) {
    inputErrors.add(error);
  }

  @Override
  public void finish(Summary s) {
    String verdict = s.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    out.println("<!DOCTYPE html>");
    out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.println("<title>pushcheck report</title>");
    out.println("<style>" + CSS + "</style></head><body>");
    out.println(
        "<header><h1>pushcheck report</h1><span class=\"verdict "
            + (s.passed() ? "pass" : "fail")
            + "\">"
            + e(verdict)
            + "</span><span class=\"tool\">pushcheck "
            + e(toolVersion)
            + "</span></header>");
    writeSummary(s);
    writeChart(s);
    writeFindings();
    writeCoverage(Coverage.of(s));
    out.println("<script>" + JS + "</script>");
    out.println("</body></html>");
    out.flush();
  }

  private void writeSummary(Summary s) {
    out.println("<section id=\"summary\"><h2>Summary</h2><div class=\"cards\">");
    card("messages", s.messages(), "");
    card("valid", s.valid(), "ok");
    card("invalid", s.invalid(), s.invalid() > 0 ? "bad" : "");
    card("unreadable", s.unreadable(), s.unreadable() > 0 ? "bad" : "");
    card("skipped", s.skipped(), "");
    card("warnings", s.warnings(), s.warnings() > 0 ? "warn" : "");
    card("baselined", s.baselined(), "");
    out.println("</div>");
    out.println("<p class=\"line\">" + e(TextReporter.summaryLine(s)) + "</p>");
    if (limit.hidden() > 0) {
      out.println("<p class=\"note\">" + e(limit.hiddenLine()) + "</p>");
    }
    if (!inputErrors.isEmpty()) {
      out.println("<h3>Inputs that could not be read</h3><ul class=\"errors\">");
      for (InputError error : inputErrors) {
        out.println("<li>" + e(error.toString()) + "</li>");
      }
      out.println("</ul>");
    }
    out.println("</section>");
  }

  private void card(String label, long value, String kind) {
    out.println(
        "<div class=\"card "
            + kind
            + "\"><div class=\"n\">"
            + value
            + "</div><div class=\"l\">"
            + label
            + "</div></div>");
  }

  private void writeChart(Summary s) {
    out.println("<section id=\"actions\"><h2>Pushes by action</h2>");
    if (s.byAction().isEmpty()) {
      out.println("<p>No push was checked.</p></section>");
      return;
    }
    long max = 1;
    for (Summary.ActionCount c : s.byAction().values()) {
      max = Math.max(max, c.valid() + c.invalid());
    }
    int rowHeight = 22;
    int labelWidth = 260;
    int barWidth = 420;
    int height = s.byAction().size() * rowHeight + 10;
    out.println(
        "<svg class=\"chart\" role=\"img\" aria-label=\"valid and invalid pushes per action\""
            + " width=\""
            + (labelWidth + barWidth + 120)
            + "\" height=\""
            + height
            + "\">");
    int y = 5;
    for (Map.Entry<String, Summary.ActionCount> entry : s.byAction().entrySet()) {
      Summary.ActionCount c = entry.getValue();
      double validWidth = (double) barWidth * c.valid() / max;
      double invalidWidth = (double) barWidth * c.invalid() / max;
      out.printf(
          Locale.ROOT,
          "<g><title>%s: %d valid, %d invalid</title>"
              + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
              + "<rect class=\"v\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\"/>"
              + "<rect class=\"i\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\"/>"
              + "<text x=\"%.1f\" y=\"%d\">%d / %d</text></g>%n",
          e(entry.getKey()),
          c.valid(),
          c.invalid(),
          labelWidth - 8,
          y + 14,
          e(entry.getKey()),
          labelWidth,
          y + 2,
          validWidth,
          rowHeight - 6,
          labelWidth + validWidth,
          y + 2,
          invalidWidth,
          rowHeight - 6,
          labelWidth + validWidth + invalidWidth + 6,
          y + 14,
          c.valid(),
          c.invalid());
      y += rowHeight;
    }
    out.println("</svg>");
    out.println(
        "<p class=\"legend\"><span class=\"sw v\"></span> valid <span class=\"sw i\"></span>"
            + " invalid</p></section>");
  }

  private void writeFindings() {
    out.println("<section id=\"findings\"><h2>Findings (" + rows.size() + ")</h2>");
    if (rows.isEmpty()) {
      out.println("<p>No findings.</p></section>");
      return;
    }
    out.println(
        "<div class=\"filters\"><input id=\"filter\" type=\"search\" placeholder=\"Filter"
            + " findings\" aria-label=\"Filter findings\"> <select id=\"severity\""
            + " aria-label=\"Severity\"><option value=\"\">all severities</option>"
            + "<option>error</option><option>warning</option></select>"
            + " <span id=\"count\"></span></div>");
    out.println("<div class=\"scroll\"><table id=\"table\"><thead><tr>");
    for (String column :
        List.of(
            "Location", "Severity", "Rule", "Action", "Pointer", "Message", "Expected", "Actual")) {
      out.print("<th tabindex=\"0\">" + column + "</th>");
    }
    out.println("</tr></thead><tbody>");
    for (String[] row : rows) {
      out.print("<tr class=\"" + row[2] + "\">");
      out.print("<td data-sort=\"" + e(row[0]) + "\">" + e(row[1]) + "</td>");
      for (int i = 2; i < row.length; i++) {
        out.print("<td>" + e(row[i]) + "</td>");
      }
      out.println("</tr>");
    }
    out.println("</tbody></table></div></section>");
  }

  private void writeCoverage(Coverage coverage) {
    out.println("<section id=\"coverage\"><h2>Coverage</h2>");
    if (coverage.versions().isEmpty()) {
      out.println("<p>No push was checked against an API version.</p></section>");
      return;
    }
    for (Coverage.VersionCoverage v : coverage.versions()) {
      out.println(
          "<h3>API "
              + e(v.version())
              + ": "
              + v.seen().size()
              + " of "
              + v.documented()
              + " documented pushes seen</h3>");
      out.println("<div class=\"meter\"><div style=\"width:" + percent(v) + "%\"></div></div>");
      out.println("<p class=\"chips\"><b>Seen:</b> ");
      v.seen().forEach(a -> out.print("<span class=\"chip seen\">" + e(a) + "</span> "));
      out.println("</p><p class=\"chips\"><b>Never seen:</b> ");
      v.unseen().forEach(a -> out.print("<span class=\"chip unseen\">" + e(a) + "</span> "));
      out.println("</p>");
    }
    out.println("</section>");
  }

  private static String percent(Coverage.VersionCoverage v) {
    return v.documented() == 0
        ? "0"
        : String.format(Locale.ROOT, "%.1f", 100.0 * v.seen().size() / v.documented());
  }

  private static String e(String text) {
    return Xml.escape(text);
  }

  private static final String CSS =
      """
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;\
      max-width:1400px;padding:0 20px 40px;color:#1f2328}
      header{display:flex;align-items:center;gap:14px;border-bottom:1px solid #d0d7de}
      h1{font-size:22px}h2{font-size:18px;margin-top:28px}h3{font-size:15px}
      .verdict{padding:2px 10px;border-radius:12px;font-weight:600;color:#fff}
      .verdict.pass{background:#1a7f37}.verdict.fail{background:#cf222e}
      .tool{color:#656d76;margin-left:auto}
      .cards{display:flex;flex-wrap:wrap;gap:10px}
      .card{border:1px solid #d0d7de;border-radius:6px;padding:8px 14px;min-width:90px}
      .card .n{font-size:22px;font-weight:600}.card .l{color:#656d76}
      .card.ok .n{color:#1a7f37}.card.bad .n{color:#cf222e}.card.warn .n{color:#9a6700}
      .note{color:#9a6700}.errors{color:#cf222e}
      .chart text{font-size:12px;fill:#1f2328}.chart .v,.sw.v{fill:#2da44e;background:#2da44e}
      .chart .i,.sw.i{fill:#cf222e;background:#cf222e}
      .sw{display:inline-block;width:10px;height:10px;border-radius:2px}
      .filters{margin:8px 0}#filter{width:320px;padding:4px 6px}
      .scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:13px}
      th,td{border-bottom:1px solid #d0d7de;padding:4px 6px;text-align:left;vertical-align:top;\
      overflow-wrap:break-word}
      th,td:nth-child(2),td:nth-child(3){white-space:nowrap}
      th{cursor:pointer;background:#f6f8fa;position:sticky;top:0;user-select:none}
      th.asc::after{content:" \\25B2"}th.desc::after{content:" \\25BC"}
      td:first-child{font-family:ui-monospace,monospace;min-width:16em}
      td:nth-child(6){min-width:18em}
      tr.error td:nth-child(2){color:#cf222e;font-weight:600}
      tr.warning td:nth-child(2){color:#9a6700;font-weight:600}
      .meter{height:8px;background:#eaeef2;border-radius:4px;max-width:600px}
      .meter div{height:8px;background:#2da44e;border-radius:4px}
      .chip{display:inline-block;padding:1px 8px;margin:2px;border-radius:10px;font-size:12px}
      .chip.seen{background:#dafbe1;color:#116329}.chip.unseen{background:#eaeef2;color:#57606a}
      """;

  private static final String JS =
      """
      (function(){
        var table=document.getElementById('table');if(!table)return;
        var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows);
        var filter=document.getElementById('filter'),severity=document.getElementById('severity');
        var count=document.getElementById('count');
        function apply(){
          var q=filter.value.toLowerCase(),s=severity.value,n=0;
          rows.forEach(function(r){
            var ok=(!s||r.className===s)&&(!q||r.textContent.toLowerCase().indexOf(q)>=0);
            r.style.display=ok?'':'none';if(ok)n++;});
          count.textContent=n+' of '+rows.length+' shown';
        }
        filter.addEventListener('input',apply);severity.addEventListener('change',apply);
        var ths=table.tHead.rows[0].cells;
        Array.prototype.forEach.call(ths,function(th,i){
          function sort(){
            var asc=!th.classList.contains('asc');
            Array.prototype.forEach.call(ths,function(h){h.classList.remove('asc','desc');});
            th.classList.add(asc?'asc':'desc');
            rows.sort(function(a,b){
              var x=a.cells[i].getAttribute('data-sort')||a.cells[i].textContent;
              var y=b.cells[i].getAttribute('data-sort')||b.cells[i].textContent;
              return (x<y?-1:x>y?1:0)*(asc?1:-1);});
            rows.forEach(function(r){body.appendChild(r);});
          }
          th.addEventListener('click',sort);
          th.addEventListener('keydown',function(e){if(e.key==='Enter')sort();});
        });
        apply();
      })();
      """;
}

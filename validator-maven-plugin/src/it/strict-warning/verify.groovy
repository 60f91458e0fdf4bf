// One fixture with an undocumented field, two executions: without strict it is a warning and the
// execution passes; with strict the same finding is an error and the build fails.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def finding = 'src/test/resources/pushes/typing_indicator_extra_field.json:13:15: %s: [UNDOCUMENTED_FIELD] /payload/typing_indicator/mood: undocumented field "mood"'
def lenientStart = log.findIndexOf { it.contains(':validate (lenient) @ strict-warning ---') }
def strictStart = log.findIndexOf { it.contains(':validate (strict) @ strict-warning ---') }
assert 0 < lenientStart && lenientStart < strictStart
def lenient = log.subList(lenientStart, strictStart)
def strict = log.subList(strictStart, log.size())
assert lenient.findAll { it ==~ /\[(ERROR|WARNING)\] src\/.*/ } == ['[WARNING] ' + String.format(finding, 'warning')]
assert lenient.contains('[INFO] 1 message (1 push): 1 valid, 0 invalid, 0 unreadable, 0 skipped; 1 warning')
assert strict.findAll { it ==~ /\[(ERROR|WARNING)\] src\/.*/ } == ['[ERROR] ' + String.format(finding, 'error')]
assert strict.contains('[INFO] 1 message (1 push): 0 valid, 1 invalid, 0 unreadable, 0 skipped; 0 warnings')
assert strict.any { it ==~ /\[ERROR\] Failed to execute goal dev\.pushcheck:pushcheck-maven-plugin:.*:validate \(strict\) on project strict-warning: pushcheck: 1 invalid message; see target\/pushcheck\/strict\/report\.txt -> \[Help 1\]/ }
assert log.contains('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')

def slurper = new JsonSlurper()
def lenientJson = slurper.parse(new File(basedir, 'target/pushcheck/lenient/report.json'))
assert lenientJson.results.collect { r -> [r.status] + r.findings.collect { [it.severity, it.rule, it.pointer] } } ==
    [['valid', ['warning', 'UNDOCUMENTED_FIELD', '/payload/typing_indicator/mood']]]
assert lenientJson.summary.subMap(['messages', 'valid', 'invalid', 'warnings', 'verdict']) ==
    [messages: 1, valid: 1, invalid: 0, warnings: 1, verdict: 'conformant']
def strictJson = slurper.parse(new File(basedir, 'target/pushcheck/strict/report.json'))
assert strictJson.results.collect { r -> [r.status] + r.findings.collect { [it.severity, it.rule, it.pointer] } } ==
    [['invalid', ['error', 'UNDOCUMENTED_FIELD', '/payload/typing_indicator/mood']]]
assert strictJson.summary.subMap(['messages', 'valid', 'invalid', 'warnings', 'verdict']) ==
    [messages: 1, valid: 0, invalid: 1, warnings: 0, verdict: 'violations']
assert new File(basedir, 'target/pushcheck/strict/report.txt').readLines()[0] == String.format(finding, 'error')

// A truncated JSON fixture: the finding is logged, the other fixture still counts, and the build
// ends with a build error (MojoExecutionException: unreadable input wins over violations).
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
assert log.findAll { it ==~ /\[(ERROR|WARNING)\] src\/.*/ } == [
    '[ERROR] src/test/resources/pushes/truncated.json:4:1: error: [MALFORMED_JSON] /: malformed JSON: the input ends inside an object (expected JSON, got malformed input)',
]
assert log.contains('[INFO] 2 messages (1 push): 1 valid, 0 invalid, 1 unreadable, 0 skipped; 0 warnings')
assert log.any { it ==~ /\[ERROR\] Failed to execute goal dev\.pushcheck:pushcheck-maven-plugin:[^:]+:validate \(default\) on project unreadable-input: pushcheck: 1 message could not be read; see target\/pushcheck\/report\.txt -> \[Help 1\]/ }
assert log.contains('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException')
def json = new JsonSlurper().parse(new File(basedir, 'target/pushcheck/report.json'))
assert json.results.collect { r -> [r.source, r.status] + r.findings.collect { [it.rule, it.line, it.column] } } ==
    [['src/test/resources/pushes/truncated.json', 'unreadable', ['MALFORMED_JSON', 4, 1]]]
assert json.summary.subMap(['messages', 'valid', 'unreadable', 'verdict']) ==
    [messages: 2, valid: 1, unreadable: 1, verdict: 'unreadable_input']

// failOnWarning: the undocumented field stays a warning in the log and reports, and the build
// fails because of it.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
assert log.findAll { it ==~ /\[(ERROR|WARNING)\] src\/.*/ } == [
    '[WARNING] src/test/resources/pushes/typing_indicator_extra_field.json:13:15: warning: [UNDOCUMENTED_FIELD] /payload/typing_indicator/mood: undocumented field "mood"',
]
assert log.contains('[INFO] 1 message (1 push): 1 valid, 0 invalid, 0 unreadable, 0 skipped; 1 warning')
assert log.any { it ==~ /\[ERROR\] Failed to execute goal dev\.pushcheck:pushcheck-maven-plugin:.*:validate \(default\) on project fail-on-warning: pushcheck: 1 warning and failOnWarning is set; see target\/pushcheck\/report\.txt -> \[Help 1\]/ }
assert log.contains('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')
def json = new JsonSlurper().parse(new File(basedir, 'target/pushcheck/report.json'))
assert json.summary.subMap(['messages', 'valid', 'invalid', 'warnings', 'verdict']) ==
    [messages: 1, valid: 1, invalid: 0, warnings: 1, verdict: 'warnings']

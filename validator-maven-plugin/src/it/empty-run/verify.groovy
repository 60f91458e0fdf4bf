// Fixtures that hold no message: each is noted, and a run that validated nothing fails the build
// (a misspelt directory or an empty capture must not pass silently) unless allowEmpty is set.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
assert log.contains('[INFO] src/test/resources/captures/empty.jsonl: note: the file is empty (no message)')
assert log.contains('[INFO] src/test/resources/captures/http-only.har: note: holds no message')
assert log.contains('[INFO] 0 messages: 0 valid, 0 invalid, 0 unreadable, 0 skipped; 0 warnings')
assert log.any { it ==~ /\[ERROR\] Failed to execute goal dev\.pushcheck:pushcheck-maven-plugin:[^:]+:validate \(default\) on project empty-run: pushcheck: no message was validated \(2 inputs hold no message\); set <allowEmpty>true<\/allowEmpty> \(-Dpushcheck\.allowEmpty\) if that is expected -> \[Help 1\]/ }
assert log.contains('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')
def json = new JsonSlurper().parse(new File(basedir, 'target/pushcheck/report.json'))
assert json.emptyInputs == [
    [source: 'src/test/resources/captures/empty.jsonl', message: 'the file is empty (no message)'],
    [source: 'src/test/resources/captures/http-only.har', message: 'holds no message'],
]
assert json.summary.verdict == 'empty'

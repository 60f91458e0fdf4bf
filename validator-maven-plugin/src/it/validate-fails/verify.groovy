// Violations in a JSON fixture, a JSON Lines capture and a HAR capture: one log line per finding
// (file:line:col, or the HAR entry/frame, rule, pointer, expected, actual), the summary, a BUILD FAILURE
// (MojoFailureException) naming the report, and both reports written.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def findingLines = [
    'src/test/resources/captures/session.har:25:11 (entry 0, frame 1): warning: [UNDOCUMENTED_VALUE] /payload/status: undocumented value (expected one of [accepting_chats, not_accepting_chats, offline], got "sleeping")',
    'src/test/resources/captures/session.har:31:11 (entry 0, frame 2): error: [TYPE] /payload/status: wrong type (expected string, got integer)',
    'src/test/resources/captures/session.jsonl:2:70: error: [REQUIRED] /payload/chat_id: missing required field (expected present, got absent)',
    'src/test/resources/pushes/typing_indicator_string.json:12:20: error: [TYPE] /payload/typing_indicator/is_typing: wrong type (expected boolean, got string)',
]
assert log.findAll { it ==~ /\[(ERROR|WARNING)\] src\/.*/ } == [
    '[WARNING] ' + findingLines[0],
    '[ERROR] ' + findingLines[1],
    '[ERROR] ' + findingLines[2],
    '[ERROR] ' + findingLines[3],
]
def summary = '7 messages (7 pushes): 4 valid, 3 invalid, 0 unreadable, 0 skipped; 1 warning'
assert log.contains('[INFO] ' + summary)
assert log.contains('[INFO] BUILD FAILURE')
assert log.any { it ==~ /\[ERROR\] Failed to execute goal dev\.pushcheck:pushcheck-maven-plugin:[^:]+:validate \(default\) on project validate-fails: pushcheck: 3 invalid messages; see target\/pushcheck\/report\.txt -> \[Help 1\]/ }
assert log.contains('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')

def dir = new File(basedir, 'target/pushcheck')
assert new File(dir, 'report.txt').readLines() == findingLines + [
    summary,
    '  chat_deactivated: 1 valid, 1 invalid',
    '  incoming_chat: 1 valid',
    '  incoming_typing_indicator: 1 valid, 1 invalid',
    '  routing_status_set: 1 valid, 1 invalid',
]
def json = new JsonSlurper().parse(new File(dir, 'report.json'))
assert json.results.collect { [it.source, it.line, it.column, it.locator, it.status] } == [
    ['src/test/resources/captures/session.har', 25, 11, 'entry 0, frame 1', 'valid'],
    ['src/test/resources/captures/session.har', 31, 11, 'entry 0, frame 2', 'invalid'],
    ['src/test/resources/captures/session.jsonl', 2, 1, null, 'invalid'],
    ['src/test/resources/pushes/typing_indicator_string.json', 1, 1, null, 'invalid'],
]
assert json.results.collect { r -> r.findings.collect { [it.severity, it.rule, it.pointer, it.expected, it.actual, it.line, it.column] } } == [
    [['warning', 'UNDOCUMENTED_VALUE', '/payload/status', 'one of [accepting_chats, not_accepting_chats, offline]', '"sleeping"', 0, 0]],
    [['error', 'TYPE', '/payload/status', 'string', 'integer', 0, 0]],
    [['error', 'REQUIRED', '/payload/chat_id', 'present', 'absent', 2, 70]],
    [['error', 'TYPE', '/payload/typing_indicator/is_typing', 'boolean', 'string', 12, 20]],
]
assert json.inputErrors == []
assert json.summary.subMap(['messages', 'valid', 'invalid', 'unreadable', 'skipped', 'warnings', 'verdict']) ==
    [messages: 7, valid: 4, invalid: 3, unreadable: 0, skipped: 0, warnings: 1, verdict: 'violations']


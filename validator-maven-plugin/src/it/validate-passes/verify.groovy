// Conforming JSON, gzipped JSON Lines and HAR fixtures: the build passes, nothing is flagged,
// both reports are written with the counts; notes.txt is not matched by the default includes.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def findings = log.findAll { it ==~ /\[(ERROR|WARNING)\] src\/.*/ }
assert findings == []
def summary = '[INFO] 12 messages (10 pushes, 1 request, 1 response): 12 valid, 0 invalid, 0 unreadable, 0 skipped; 0 warnings'
assert log.count(summary) == 1
assert log.indexOf(summary) > log.findIndexOf { it.contains(':validate (default) @ validate-passes ---') }
assert log.contains('[INFO] BUILD SUCCESS')

def dir = new File(basedir, 'target/pushcheck')
assert new File(dir, 'report.txt').readLines() == [
    '12 messages (10 pushes, 1 request, 1 response): 12 valid, 0 invalid, 0 unreadable, 0 skipped; 0 warnings',
    '  agent_updated: 1 valid',
    '  chat_deactivated: 1 valid',
    '  chat_unfollowed: 1 valid',
    '  incoming_chat: 1 valid',
    '  incoming_event: 1 valid',
    '  incoming_sneak_peek: 1 valid',
    '  incoming_typing_indicator: 1 valid',
    '  request login: 1 valid',
    '  response login: 1 valid',
    '  routing_status_set: 1 valid',
    '  tag_created: 1 valid',
    '  thread_tagged: 1 valid',
]
def json = new JsonSlurper().parse(new File(dir, 'report.json'))
assert json.pushcheck ==~ /\d+\.\d+\.\d+.*/
assert json.results == []
assert json.inputErrors == []
assert json.summary.subMap(['messages', 'valid', 'invalid', 'unreadable', 'skipped', 'warnings', 'verdict']) ==
    [messages: 12, valid: 12, invalid: 0, unreadable: 0, skipped: 0, warnings: 0, verdict: 'conformant']
assert json.summary.skippedByReason == [:]
assert json.summary.byKind == [push: 10, request: 1, response: 1]
assert json.summary.byAction.size() == 12
assert json.summary.byAction.values().every { it == [valid: 1, invalid: 0] }

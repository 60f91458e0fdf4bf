// One JSON Lines capture, two executions: with conversationChecks=false each message is checked on
// its own and the execution passes; by default the response to no request is an error, the
// unanswered request a warning (both on the message they concern), and the build fails.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def file = 'src/test/resources/captures/session.jsonl'
def responseLine = file + ':3:1: error: [RESPONSE_WITHOUT_REQUEST] /request_id: response to no request: no earlier request of this connection has it (expected the request_id of an earlier request, got "9")'
def unansweredLine = file + ':4:1: warning: [UNANSWERED_REQUEST] /request_id: request never answered: no response by the connection\'s last message, at ' + file + ':4:1 (expected a response with request_id "2", got none)'
def eachStart = log.findIndexOf { it.contains(':validate (each-message) @ conversation-checks ---') }
def conversationStart = log.findIndexOf { it.contains(':validate (conversation) @ conversation-checks ---') }
assert 0 < eachStart && eachStart < conversationStart
def each = log.subList(eachStart, conversationStart)
def conversation = log.subList(conversationStart, log.size())
assert each.findAll { it ==~ /\[(ERROR|WARNING)\] src\/.*/ } == []
assert each.contains('[INFO] 4 messages (2 requests, 2 responses): 4 valid, 0 invalid, 0 unreadable, 0 skipped; 0 warnings')
assert conversation.findAll { it ==~ /\[(ERROR|WARNING)\] src\/.*/ } == ['[ERROR] ' + responseLine, '[WARNING] ' + unansweredLine]
assert conversation.contains('[INFO] 4 messages (2 requests, 2 responses): 3 valid, 1 invalid, 0 unreadable, 0 skipped; 1 warning')
assert conversation.any { it ==~ /\[ERROR\] Failed to execute goal dev\.pushcheck:pushcheck-maven-plugin:.*:validate \(conversation\) on project conversation-checks: pushcheck: 1 invalid message; see target\/pushcheck\/conversation\/report\.txt -> \[Help 1\]/ }

def json = new JsonSlurper().parse(new File(basedir, 'target/pushcheck/conversation/report.json'))
assert json.results.collect { r -> [r.line, r.kind, r.status] + r.findings.collect { [it.severity, it.rule, it.pointer, it.actual] } } == [
    [3, 'response', 'invalid', ['error', 'RESPONSE_WITHOUT_REQUEST', '/request_id', '"9"']],
    [4, 'request', 'valid', ['warning', 'UNANSWERED_REQUEST', '/request_id', 'none']],
]
assert json.summary.subMap(['messages', 'valid', 'invalid', 'warnings', 'verdict']) ==
    [messages: 4, valid: 3, invalid: 1, warnings: 1, verdict: 'violations']
assert new JsonSlurper().parse(new File(basedir, 'target/pushcheck/each-message/report.json')).summary.verdict == 'conformant'

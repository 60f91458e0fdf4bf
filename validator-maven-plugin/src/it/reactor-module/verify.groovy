// A reactor build started in the aggregator directory, the goal in module "fixtures" with two
// configured sources (excludes, includes): files resolve against the module, and the paths shown
// are relative to the module, whatever directory Maven was started in.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
assert log.findAll { it ==~ /\[(ERROR|WARNING)\] captures\/.*/ } == [
    '[ERROR] captures/session.jsonl:2:106: error: [TYPE] /payload/thread_id: wrong type (expected string, got integer)',
]
assert log.contains('[INFO] 3 messages (3 pushes): 2 valid, 1 invalid, 0 unreadable, 0 skipped; 0 warnings')
assert log.any { it ==~ /\[ERROR\] Failed to execute goal dev\.pushcheck:pushcheck-maven-plugin:.*:validate \(default\) on project fixtures: pushcheck: 1 invalid message; see target\/pushcheck\/report\.txt -> \[Help 1\]/ }
def json = new JsonSlurper().parse(new File(basedir, 'fixtures/target/pushcheck/report.json'))
assert json.results.collect { [it.source, it.line, it.status] } == [['captures/session.jsonl', 2, 'invalid']]
assert json.summary.subMap(['messages', 'valid', 'invalid', 'warnings', 'verdict']) ==
    [messages: 3, valid: 2, invalid: 1, warnings: 0, verdict: 'violations']

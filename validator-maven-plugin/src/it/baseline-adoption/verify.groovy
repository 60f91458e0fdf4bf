// Three runs in one build.log: adopt (write the baseline), keep (read it), and a new finding.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def results = log.findAll { it == '[INFO] BUILD SUCCESS' || it == '[INFO] BUILD FAILURE' }
assert results == ['[INFO] BUILD SUCCESS', '[INFO] BUILD SUCCESS', '[INFO] BUILD FAILURE']

// The baseline lists today's three findings by fingerprint, without line numbers.
def baseline = new JsonSlurper().parse(new File(basedir, 'pushcheck-baseline.json'))
assert baseline.pushcheckBaseline == 1
assert baseline.findings.collect { [it.source, it.action, it.rule, it.pointer, it.occurrence] } == [
    ['src/test/resources/legacy/captures.jsonl', 'routing_status_set', 'REQUIRED', '/payload/status', 0],
    ['src/test/resources/legacy/captures.jsonl', 'events_marked_as_seen', 'UNDOCUMENTED_FIELD', '/payload/seen_by_bot', 0],
    ['src/test/resources/legacy/captures.jsonl', 'routing_status_set', 'REQUIRED', '/payload/status', 1],
]
assert !new File(basedir, 'pushcheck-baseline.json').text.contains('"line"')

// Runs 1 and 2 report no finding; each says how many the baseline holds.
def summaries = log.findAll { it.startsWith('[INFO] 3 messages') || it.startsWith('[INFO] 4 messages') }
assert summaries == [
    '[INFO] 3 messages (3 pushes): 3 valid, 0 invalid, 0 unreadable, 0 skipped; 0 warnings',
    '[INFO] 3 messages (3 pushes): 3 valid, 0 invalid, 0 unreadable, 0 skipped; 0 warnings',
    '[INFO] 4 messages (4 pushes): 3 valid, 1 invalid, 0 unreadable, 0 skipped; 0 warnings',
]
assert log.count('[INFO] 3 findings in the baseline, not shown') == 3

// Run 3 fails on the new fixture's finding only.
assert log.findAll { it ==~ /\[(ERROR|WARNING)\] src\/.*/ } == [
    '[ERROR] src/test/resources/new/typing_indicator_string.json:12:20: error: [TYPE] /payload/typing_indicator/is_typing: wrong type (expected boolean, got string)',
]
assert log.any { it ==~ /\[ERROR\] Failed to execute goal .*: pushcheck: 1 invalid message; see target\/pushcheck\/report\.txt -> \[Help 1\]/ }
def json = new JsonSlurper().parse(new File(basedir, 'target/pushcheck/report.json'))
assert json.summary.baselined == 3
assert json.results.collect { it.source } == ['src/test/resources/new/typing_indicator_string.json']

// Five formats into reportDirectory (default names, and one FILE relative to it); violations are
// reported but do not fail the build (failOnViolation=false); no JSON report unless asked for.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
assert log.contains('[INFO] BUILD SUCCESS')
assert log.contains('[INFO] 7 messages (7 pushes): 4 valid, 3 invalid, 0 unreadable, 0 skipped; 1 warning')
assert log.contains('[WARNING] pushcheck: violations (failOnViolation=false: the build goes on); see target/pushcheck/report.txt')

def dir = new File(basedir, 'target/pushcheck')
assert dir.list().sort() == ['TEST-pushcheck.xml', 'report.github.txt', 'report.html', 'report.txt', 'sarif']

def junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
    .parse(new File(dir, 'TEST-pushcheck.xml')).documentElement
assert junit.getAttribute('tests') == '5' && junit.getAttribute('failures') == '3' && junit.getAttribute('errors') == '0'
def suites = junit.getElementsByTagName('testsuite')
assert (0..<suites.length).collect { suites.item(it).getAttribute('name') } == [
    'src/test/resources/captures/session.har',
    'src/test/resources/captures/session.jsonl',
    'src/test/resources/pushes/incoming_typing_indicator.json',
    'src/test/resources/pushes/typing_indicator_string.json',
]
def failures = junit.getElementsByTagName('failure')
def failure = (0..<failures.length).collect { failures.item(it) }.find { it.parentNode.getAttribute('name') == 'chat_deactivated' }
assert failure.getAttribute('message') == '1 of 2 messages invalid'
assert failure.textContent == 'src/test/resources/captures/session.jsonl:2:70: error: [REQUIRED] /payload/chat_id: missing required field (expected present, got absent)'

def sarif = new JsonSlurper().parse(new File(dir, 'sarif/pushcheck.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].tool.driver.rules.size() >= 14
assert sarif.runs[0].results.collect { r ->
    def l = r.locations[0].physicalLocation
    [r.ruleId, r.level, l.artifactLocation.uri, l.region.startLine, l.region.startColumn]
} == [
    ['UNDOCUMENTED_VALUE', 'warning', 'src/test/resources/captures/session.har', 25, 11],
    ['TYPE', 'error', 'src/test/resources/captures/session.har', 31, 11],
    ['REQUIRED', 'error', 'src/test/resources/captures/session.jsonl', 2, 70],
    ['TYPE', 'error', 'src/test/resources/pushes/typing_indicator_string.json', 12, 20],
]

assert new File(dir, 'report.github.txt').readLines().findAll { it.startsWith('::') } == [
    '::warning file=src/test/resources/captures/session.har,line=25,col=11,title=pushcheck UNDOCUMENTED_VALUE::/payload/status: undocumented value (expected one of [accepting_chats, not_accepting_chats, offline], got "sleeping") (entry 0, frame 1)',
    '::error file=src/test/resources/captures/session.har,line=31,col=11,title=pushcheck TYPE::/payload/status: wrong type (expected string, got integer) (entry 0, frame 2)',
    '::error file=src/test/resources/captures/session.jsonl,line=2,col=70,title=pushcheck REQUIRED::/payload/chat_id: missing required field (expected present, got absent)',
    '::error file=src/test/resources/pushes/typing_indicator_string.json,line=12,col=20,title=pushcheck TYPE::/payload/typing_indicator/is_typing: wrong type (expected boolean, got string)',
]

def html = new File(dir, 'report.html').text
assert html.startsWith('<!DOCTYPE html>')
assert !(html =~ /(?i)(src|href)\s*=\s*["']?(https?:)?\/\//)
assert html.contains('documented pushes seen')

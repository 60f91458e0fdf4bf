// Two executions, each with its own sources, apiVersion and reportDirectory: the 3.1-beta fixtures
// carry no version field, so they pass only because that execution checks them as 3.1-beta.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def beta = log.findIndexOf { it.contains(':validate (agent-api-3.1-beta) @ two-api-versions ---') }
def v36 = log.findIndexOf { it.contains(':validate (agent-api-3.6) @ two-api-versions ---') }
assert 0 < beta && beta < v36
assert log.findIndexOf { it == '[INFO] 39 messages (39 pushes): 39 valid, 0 invalid, 0 unreadable, 0 skipped; 0 warnings' } in (beta..<v36)
assert log.findIndexOf { it == '[INFO] 78 messages (78 pushes): 78 valid, 0 invalid, 0 unreadable, 0 skipped; 0 warnings' } > v36
assert log.findAll { it ==~ /\[(ERROR|WARNING)\] src\/.*/ } == []
assert log.contains('[INFO] BUILD SUCCESS')

[['v3.1-beta', 39], ['v3.6', 78]].each { dirName, count ->
  def dir = new File(basedir, "target/pushcheck/${dirName}")
  def json = new JsonSlurper().parse(new File(dir, 'report.json'))
  assert json.results == []
  assert json.summary.subMap(['messages', 'valid', 'invalid', 'warnings', 'verdict']) ==
      [messages: count, valid: count, invalid: 0, warnings: 0, verdict: 'conformant']
  assert new File(dir, 'report.txt').readLines()[0] == "${count} messages (${count} pushes): ${count} valid, 0 invalid, 0 unreadable, 0 skipped; 0 warnings"
}
// Actions that exist in only one of the versions land in the right report.
def betaActions = new JsonSlurper().parse(new File(basedir, 'target/pushcheck/v3.1-beta/report.json')).summary.byAction
def v36Actions = new JsonSlurper().parse(new File(basedir, 'target/pushcheck/v3.6/report.json')).summary.byAction
assert betaActions.containsKey('incoming_chat_thread') && !v36Actions.containsKey('incoming_chat_thread')
assert v36Actions.containsKey('incoming_chat') && !betaActions.containsKey('incoming_chat')

// The same fixtures checked by the default (compiled) engine and by networknt alone
// (<engine>reference</engine>): the two reports must be identical, finding for finding.
import groovy.json.JsonSlurper

def slurper = new JsonSlurper()
def compiled = slurper.parse(new File(basedir, 'target/pushcheck/compiled/report.json'))
def reference = slurper.parse(new File(basedir, 'target/pushcheck/reference/report.json'))
assert compiled.results.size() > 0
assert compiled.results.any { it.status == 'invalid' }
assert compiled.results == reference.results
assert compiled.summary == reference.summary
def log = new File(basedir, 'build.log').text
assert log.contains(':validate (reference) @ engines-agree ---')

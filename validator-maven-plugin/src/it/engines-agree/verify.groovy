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
def log = new File(basedir, 'build.log').readLines()
def compiledStart = log.findIndexOf { it.contains(':validate (compiled) @ engines-agree ---') }
def referenceStart = log.findIndexOf { it.contains(':validate (reference) @ engines-agree ---') }
assert 0 < compiledStart && compiledStart < referenceStart
// The option reached the run: only the reference execution says which engine it runs.
def engineLine = '[INFO] pushcheck: reference engine: networknt alone checks every message'
assert !log.subList(compiledStart, referenceStart).contains(engineLine)
assert log.subList(referenceStart, log.size()).contains(engineLine)

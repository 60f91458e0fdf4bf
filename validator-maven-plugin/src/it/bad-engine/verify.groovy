// An engine that does not exist: a one-line build error (MojoExecutionException, not a failure)
// naming the engines there are, no findings, no summary and no report files.
def log = new File(basedir, 'build.log').readLines()
def error = log.find { it.startsWith('[ERROR] Failed to execute goal dev.pushcheck:pushcheck-maven-plugin:') }
assert error ==~ /\[ERROR\] Failed to execute goal dev\.pushcheck:pushcheck-maven-plugin:[^:]+:validate \(default\) on project bad-engine: pushcheck: <engine>: unknown engine 'turbo'; engines are compiled, reference -> \[Help 1\]/
assert log.contains('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException')
assert !log.any { it ==~ /\[INFO\] \d+ messages?: .*/ }
assert !new File(basedir, 'target/pushcheck/report.json').exists()

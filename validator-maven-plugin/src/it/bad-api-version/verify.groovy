// An apiVersion that is not bundled: a one-line build error (MojoExecutionException, not a
// failure), no findings, no summary and no report files.
def log = new File(basedir, 'build.log').readLines()
def error = log.find { it.startsWith('[ERROR] Failed to execute goal dev.pushcheck:pushcheck-maven-plugin:') }
assert error ==~ /\[ERROR\] Failed to execute goal dev\.pushcheck:pushcheck-maven-plugin:[^:]+:validate \(default\) on project bad-api-version: pushcheck: unknown API version '3\.99'; bundled versions: .*3\.1-beta.*3\.7.* -> \[Help 1\]/
assert log.contains('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException')
assert log.findAll { it ==~ /\[(ERROR|WARNING)\] src\/.*/ } == []
assert !log.any { it ==~ /\[INFO\] \d+ messages?: .*/ }
assert !new File(basedir, 'target/pushcheck/report.json').exists()
assert !new File(basedir, 'target/pushcheck/report.txt').exists()

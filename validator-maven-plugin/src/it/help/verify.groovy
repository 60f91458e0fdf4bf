// mvn pushcheck:help -Ddetail -Dgoal=validate (the prefix resolves from the project's plugins):
// the generated help lists the goal and every parameter with its user property.
def log = new File(basedir, 'build.log').readLines()*.trim()
assert log.contains('pushcheck:validate')
['apiVersion', 'failOnWarning (Default: false)', 'pushesOnly (Default: false)',
 'reportDirectory (Default: ${project.build.directory}/pushcheck)', 'skip (Default: false)',
 'sources', 'strict (Default: false)'].each { assert log.contains(it) }
['pushcheck.apiVersion', 'pushcheck.failOnWarning', 'pushcheck.pushesOnly', 'pushcheck.skip',
 'pushcheck.strict'].each { assert log.contains('User property: ' + it) }
assert log.contains('[INFO] BUILD SUCCESS')

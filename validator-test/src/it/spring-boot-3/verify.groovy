// The project's tests ran the library and passed, and nothing of pushcheck's own logging (SLF4J)
// reached the build's output.
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[INFO] Tests run: 4, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains('[INFO] BUILD SUCCESS')
assert log.findAll { it.contains('SLF4J') } == []
assert log.findAll { it.contains('NoClassDefFoundError') } == []

// What a user's build resolves: validator-core's published POM has no dependency to inherit.
def pom = new File(localRepositoryPath, "dev/pushcheck/validator-core/${projectVersion}/validator-core-${projectVersion}.pom").text
def dependencies = new groovy.xml.XmlSlurper().parseText(pom).dependencies.dependency
assert dependencies.findAll { it.scope.text() != 'test' }.collect { it.artifactId.text() } == []

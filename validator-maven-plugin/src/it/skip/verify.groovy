// -Dpushcheck.skip=true (user property): the invalid fixture is not read, the build passes and no
// report is written.
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[INFO] Skipping pushcheck (pushcheck.skip=true)')
assert log.findAll { it ==~ /\[(ERROR|WARNING)\] src\/.*/ } == []
assert !log.any { it ==~ /\[INFO\] \d+ messages?: .*/ }
assert log.contains('[INFO] BUILD SUCCESS')
assert !new File(basedir, 'target/pushcheck').exists()

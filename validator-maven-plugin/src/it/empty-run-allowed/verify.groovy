// The same fixtures with <allowEmpty>true</allowEmpty>: noted, and the build passes.
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[INFO] src/test/resources/captures/empty.jsonl: note: the file is empty (no message)')
assert log.contains('[INFO] 0 messages: 0 valid, 0 invalid, 0 unreadable, 0 skipped; 0 warnings')
assert log.contains('[INFO] BUILD SUCCESS')
assert new File(basedir, 'target/pushcheck/report.json').text.contains('"verdict" : "conformant"')

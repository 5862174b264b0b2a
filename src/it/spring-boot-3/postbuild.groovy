// One emulator start for the one configuration all four test classes use: each child's log begins with it.
def logDirectory = new File(basedir, 'target/iam-emulator')
assert logDirectory.isDirectory() : 'no emulator was started'
def logs = logDirectory.listFiles().findAll { it.name.endsWith('.log') }
assert logs.collect { it.readLines()[0] } == ['# iam-emulator-junit5 started this emulator for seed (none), properties []']
def reports = new File(basedir, 'target/surefire-reports').listFiles().findAll { it.name ==~ /TEST-.*\.xml/ }
assert reports.size() == 4 : "test classes run: ${reports*.name}"

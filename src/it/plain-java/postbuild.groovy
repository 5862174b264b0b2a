// One emulator start per configuration: the extension starts one child per configuration and test JVM, and each
// child's log begins with the configuration it was started for.
def logDirectory = new File(basedir, 'target/iam-emulator')
assert logDirectory.isDirectory() : 'no emulator was started'
def logs = logDirectory.listFiles().findAll { it.name.endsWith('.log') }
def configurations = logs.collect { it.readLines()[0] }.sort()
assert configurations == ['# iam-emulator-junit5 started this emulator for seed (none), properties []',
        '# iam-emulator-junit5 started this emulator for seed classpath:team-seed.yaml, properties '
                + '[emulator.account-name=plain]'] : "emulator starts: ${configurations}"
def reports = new File(basedir, 'target/surefire-reports').listFiles().findAll { it.name ==~ /TEST-.*\.xml/ }
assert reports.size() == 5 : "test classes run: ${reports*.name}"

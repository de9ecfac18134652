// The build failed because of the models, with each diagnostic in the standard compiler form,
// one broken file not hiding the other, and the SARIF report written.
def log = new File(basedir, 'build.log').text
def usecases = new File(basedir, 'src/main/strategy/usecases.strategy').canonicalPath
def other = new File(basedir, 'src/main/strategy/other.strategy').canonicalPath
assert log.contains("[ERROR] ${usecases}:[3,40] STRAT-LINK-001 Couldn't resolve reference to Role 'Nobody'.")
assert log.contains("[ERROR] ${other}:[4,8] STRAT-PARSE-001")
assert log.contains('Stratagem found 2 problems at or above error in the models')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/stratagem/stratagem.sarif'))
assert sarif.runs[0].results.findAll { it.level == 'error' }*.ruleId.sort() == ['STRAT-LINK-001', 'STRAT-PARSE-001']
return true

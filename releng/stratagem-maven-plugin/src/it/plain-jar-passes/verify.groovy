// The build passed; the reports are written and the summary is logged.
def log = new File(basedir, 'build.log').text
assert log.contains('Stratagem: 2 model files, 0 errors')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/stratagem/stratagem.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.findAll { it.level == 'error' }.isEmpty()
// Rule warnings do not fail the build (failOn = error) but are logged in the compiler form.
def usecases = new File(basedir, 'src/main/strategy/usecases.strategy').canonicalPath
assert log.contains("[WARNING] ${usecases}:[5,9] STRAT-UC-001 Use case Triage is pilot but has no KPI")
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/stratagem/stratagem.json'))
assert json.files == 2
assert json.elements.UseCase == 1
// The generate goal wrote the roadmap site.
assert new File(basedir, 'target/stratagem/site/index.html').isFile()
assert new File(basedir, 'target/stratagem/site/readiness.html').isFile()
assert new File(basedir, 'target/stratagem/site/conformity/eu-ai-act.html').isFile()
assert new File(basedir, 'target/stratagem/site/exports/use-cases.csv').readLines().size() == 2
return true

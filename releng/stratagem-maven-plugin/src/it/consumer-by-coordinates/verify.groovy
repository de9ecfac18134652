// The plugin ran from its coordinates alone, and came from the build's file repository.
def log = new File(basedir, 'build.log').text
assert log.contains('Stratagem: 2 model files, 0 errors')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/stratagem/stratagem.json'))
assert json.files == 2
// This build's own local repository (empty before it) holds the plugin and Stratagem's jars, downloaded from the
// file repository (id stratagem): the stand-in for Maven Central serves no snapshots.
def versions = new File(localRepositoryPath, 'io/stratagem/stratagem-maven-plugin').listFiles()
assert versions.size() == 1
def jar = versions[0].listFiles().find { it.name.endsWith('.jar') }
assert jar != null
assert new File(versions[0], '_remote.repositories').text.contains(jar.name + '>stratagem=')
def dsl = new File(localRepositoryPath, 'io/stratagem/io.stratagem.dsl').listFiles()[0]
def dslJar = dsl.listFiles().find { it.name.endsWith('.jar') }
assert new File(dsl, '_remote.repositories').text.contains(dslJar.name + '>stratagem=')
return true

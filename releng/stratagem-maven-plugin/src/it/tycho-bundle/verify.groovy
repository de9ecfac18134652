// A Tycho eclipse-plugin build validates the models in model/ during verify.
def log = new File(basedir, 'build.log').text
assert log.contains('stratagem-maven-plugin')
assert log.contains('Stratagem: 1 model files, 0 errors')
assert new File(basedir, 'target/stratagem/stratagem.sarif').isFile()
return true

// The generate goal refused a site directory of files Stratagem did not write, and deleted nothing.
def log = new File(basedir, 'build.log').text
def docs = new File(basedir, 'docs')
assert log.contains("Stratagem generated nothing: refusing to write to ${docs}: the folder is not empty and Stratagem did not write it (it has no .stratagem-output); choose an empty or new folder, or one Stratagem wrote")
assert docs.list().toList() == ['notes.md']
assert new File(docs, 'notes.md').text.startsWith('# Our notes')
return true

// Checks the packaged extension (target/stratagem-vscode.vsix, made by `npm run package`): it holds
// the compiled client, the grammar, snippets and language configuration that its manifest names,
// and the runtime dependency, but no sources, tests or build tools.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const yauzl = require('yauzl');

const vsix = path.join(__dirname, '..', 'target', 'stratagem-vscode.vsix');

function readEntries(file) {
	return new Promise((resolve, reject) => {
		yauzl.open(file, { lazyEntries: true }, (error, zip) => {
			if (error) {
				reject(error);
				return;
			}
			const entries = new Map();
			zip.on('entry', (entry) => {
				zip.openReadStream(entry, (streamError, stream) => {
					if (streamError) {
						reject(streamError);
						return;
					}
					const chunks = [];
					stream.on('data', (chunk) => chunks.push(chunk));
					stream.on('end', () => {
						entries.set(entry.fileName, Buffer.concat(chunks));
						zip.readEntry();
					});
				});
			});
			zip.on('end', () => resolve(entries));
			zip.on('error', reject);
			zip.readEntry();
		});
	});
}

test('the .vsix holds what the manifest names and nothing of the build', async () => {
	assert.ok(fs.existsSync(vsix), `${vsix} is missing: run "npm run package" first`);
	const entries = await readEntries(vsix);
	const names = [...entries.keys()];
	const manifest = JSON.parse(entries.get('extension/package.json').toString('utf8'));
	const named = [
		manifest.main.replace(/^\.\//, ''),
		...manifest.contributes.grammars.map((g) => g.path.replace(/^\.\//, '')),
		...manifest.contributes.snippets.map((s) => s.path.replace(/^\.\//, '')),
		...manifest.contributes.languages.map((l) => l.configuration.replace(/^\.\//, '')),
		'node_modules/vscode-languageclient/package.json',
		'node_modules/vscode-languageserver-protocol/package.json',
	];
	for (const file of named) {
		assert.ok(names.includes(`extension/${file}`), `extension/${file} is not in the .vsix`);
	}
	assert.deepStrictEqual(manifest.contributes.languages[0].extensions, ['.strategy']);
	const unwanted = names.filter((n) => /^extension\/(src|test|target)\/|^extension\/node_modules\/(typescript|@vscode\/vsce|vscode-textmate|vscode-oniguruma)\/|\.ts$/.test(n)
		&& !n.endsWith('.d.ts'));
	assert.deepStrictEqual(unwanted, []);
	JSON.parse(entries.get('extension/syntaxes/strategy.tmLanguage.json').toString('utf8'));
	JSON.parse(entries.get('extension/snippets/strategy.json').toString('utf8'));
});

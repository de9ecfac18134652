// Tokenizes .strategy text with the extension's TextMate grammar, as VS Code does before the
// language server is up, and checks the scopes of keywords, names, strings, numbers and comments.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const root = path.join(__dirname, '..');

async function loadGrammar() {
	const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
	await oniguruma.loadWASM(wasm);
	const registry = new vsctm.Registry({
		onigLib: Promise.resolve({
			createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
			createOnigString: (text) => new oniguruma.OnigString(text),
		}),
		loadGrammar: async (scopeName) => {
			if (scopeName !== 'source.strategy') {
				return null;
			}
			const file = path.join(root, 'syntaxes', 'strategy.tmLanguage.json');
			return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
		},
	});
	return registry.loadGrammar('source.strategy');
}

/** Every token of the text as "text => its scopes below source.strategy", skipping whitespace-only tokens. */
function tokenize(grammar, text) {
	const result = [];
	let state = vsctm.INITIAL;
	for (const line of text.split('\n')) {
		const lineTokens = grammar.tokenizeLine(line, state);
		for (const token of lineTokens.tokens) {
			const value = line.substring(token.startIndex, token.endIndex);
			if (value.trim() !== '') {
				result.push(`${value.trim()} => ${token.scopes.slice(1).join(' ')}`);
			}
		}
		state = lineTokens.ruleStack;
	}
	return result;
}

test('keywords, names, references, strings, dates, numbers and comments get their scopes', async () => {
	const grammar = await loadGrammar();
	const text = [
		'namespace acme.claims',
		'import acme.org.*',
		'/** Sorts incoming claims. */',
		'usecase Triage "Claims \\"triage\\"" { // the first use case',
		'\towner HeadOfClaims',
		'\tstage pilot',
		'\tdeployment 2027-Q1',
		'\tpriority { value 8 effort 2.5 confidence 80% }',
		'\tsuppress STRAT-UC-002 "Ranked by the board"',
		'}',
		'/* retired',
		'   draft */',
	].join('\n');
	assert.deepStrictEqual(tokenize(grammar, text), [
		'namespace => keyword.control.import.strategy',
		'acme.claims => entity.name.namespace.strategy',
		'import => keyword.control.import.strategy',
		'acme.org.* => entity.name.namespace.strategy',
		'/** => comment.block.documentation.strategy punctuation.definition.comment.begin.strategy',
		'Sorts incoming claims. => comment.block.documentation.strategy',
		'*/ => comment.block.documentation.strategy punctuation.definition.comment.end.strategy',
		'usecase => storage.type.strategy',
		'Triage => entity.name.type.strategy',
		'" => string.quoted.double.strategy punctuation.definition.string.begin.strategy',
		'Claims => string.quoted.double.strategy',
		'\\" => string.quoted.double.strategy constant.character.escape.strategy',
		'triage => string.quoted.double.strategy',
		'\\" => string.quoted.double.strategy constant.character.escape.strategy',
		'" => string.quoted.double.strategy punctuation.definition.string.end.strategy',
		'{ => punctuation.section.block.begin.strategy',
		'// => comment.line.double-slash.strategy punctuation.definition.comment.strategy',
		'the first use case => comment.line.double-slash.strategy',
		'owner => keyword.other.strategy',
		'HeadOfClaims => variable.other.strategy',
		'stage => keyword.other.strategy',
		'pilot => constant.language.strategy',
		'deployment => keyword.other.strategy',
		'2027-Q1 => constant.numeric.date.strategy',
		'priority => keyword.other.strategy',
		'{ => punctuation.section.block.begin.strategy',
		'value => keyword.other.strategy',
		'8 => constant.numeric.strategy',
		'effort => keyword.other.strategy',
		'2.5 => constant.numeric.strategy',
		'confidence => keyword.other.strategy',
		'80% => constant.numeric.strategy',
		'} => punctuation.section.block.end.strategy',
		'suppress => keyword.other.strategy',
		'STRAT-UC-002 => constant.other.rule-code.strategy',
		'" => string.quoted.double.strategy punctuation.definition.string.begin.strategy',
		'Ranked by the board => string.quoted.double.strategy',
		'" => string.quoted.double.strategy punctuation.definition.string.end.strategy',
		'} => punctuation.section.block.end.strategy',
		'/* => comment.block.strategy punctuation.definition.comment.begin.strategy',
		'retired => comment.block.strategy',
		'draft => comment.block.strategy',
		'*/ => comment.block.strategy punctuation.definition.comment.end.strategy',
	]);
});

test('a keyword inside a qualified name is part of the name', async () => {
	const grammar = await loadGrammar();
	assert.deepStrictEqual(tokenize(grammar, '\tkpis acme.data.Quality'), [
		'kpis => keyword.other.strategy',
		'acme.data.Quality => variable.other.strategy',
	]);
});

test('every keyword of the language grammar is highlighted as a keyword or a constant', async () => {
	const grammar = await loadGrammar();
	const xtext = fs.readFileSync(path.join(root, '..', '..', 'bundles', 'io.stratagem.dsl', 'src', 'io', 'stratagem', 'dsl', 'Strategy.xtext'), 'utf8')
		.replace(/\/\/[^\n]*/g, '');
	// NameSegment lists keywords again so they can be name segments; the DATE terminal's Q is no keyword.
	const rules = xtext.substring(0, xtext.indexOf('NameSegment:')) + xtext.substring(xtext.indexOf('QualifiedNameWithWildcard:'));
	const words = new Set([...rules.matchAll(/'([A-Za-z][A-Za-z0-9-]*)'/g)].map((m) => m[1]).filter((w) => w !== 'Q' && w !== 'q'));
	for (const enumBody of rules.matchAll(/enum \w+ returns [\w:]+:([^;]*);/g)) {
		for (const literal of enumBody[1].split('|')) {
			words.add(literal.includes('=') ? literal.split('=')[1].trim().replace(/'/g, '') : literal.trim());
		}
	}
	assert.ok(words.size > 200, `only ${words.size} keywords found in Strategy.xtext`);
	const unhighlighted = [];
	for (const word of words) {
		// after "kpis" the word stands where a value or keyword may stand, not at a line start
		const [, token] = tokenize(grammar, `\tkpis ${word}`);
		if (!/=> (storage\.type|keyword\.other|constant\.language)\.strategy$/.test(token)) {
			unhighlighted.push(token);
		}
	}
	assert.deepStrictEqual(unhighlighted, []);
});

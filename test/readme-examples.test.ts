import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {briefInProcess} from './helpers/in-process.js';

/**
 * The README shows real output: every example over the shipped corpus that
 * only reads it is run again here and must print what the README says.
 * Examples that change state (ingest, pins) or draw a map are left to their
 * own tests.
 */
const readOnly = new Set(['search', 'quotes', 'facts', 'locations', 'actors', 'show', 'read', 'sources']);

/** `head`: the lines kept by `| head -N`; `cut`: the README ends the output with "…", showing only its start. */
type Example = {line: string; argv: string[]; head: number | undefined; cut: boolean; expected: string};

function examples(readme: string): Example[] {
	const found: Example[] = [];
	for (const block of readme.matchAll(/```console\n([\s\S]*?)```/g)) {
		const [first, ...rest] = block[1]!.trimEnd().split('\n');
		const command = /^\$ brief (.*?)(?: \| head -(\d+))?$/.exec(first!);
		if (!command) {
			continue;
		}

		const argv = shellWords(command[1]!);
		if (!readOnly.has(argv[0]!) || argv.includes('--corpus')) {
			continue;
		}

		const shown = rest.filter(line => !/^\(exit status \d\)$/.test(line));
		const cut = shown.at(-1) === '…';
		found.push({line: first!, argv, head: command[2] ? Number(command[2]) : undefined, cut, expected: (cut ? shown.slice(0, -1) : shown).join('\n')});
	}

	return found;
}

/** Words as a POSIX shell splits them, with '…' and "…" quoting (all the README uses). */
function shellWords(line: string): string[] {
	return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map(match => match[1] ?? match[2] ?? match[3]!);
}

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const home = mkdtempSync(path.join(os.tmpdir(), 'brief-readme-'));
const found = examples(readme);

test('the README has examples of every read-only command', () => {
	assert.deepEqual(new Set(found.map(example => example.argv[0])), readOnly);
});

for (const example of found) {
	test(`README: ${example.line}`, async () => {
		const result = await briefInProcess(example.argv, {BRIEF_HOME: home});
		let printed = (result.stdout + result.stderr).trimEnd();
		if (example.head !== undefined) {
			printed = printed.split('\n').slice(0, example.head).join('\n');
		}

		if (example.cut) {
			printed = printed.split('\n').slice(0, example.expected.split('\n').length).join('\n');
		}

		assert.equal(printed, example.expected);
	});
}

import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, test} from 'node:test';
import {shippedCorpus} from './helpers/corpora.js';
import {binPath, runBrief, tempDir, writeTempCorpus} from './helpers/run-brief.js';

/** A fresh, empty data directory for each test, so briefings never leak between tests (or into the user's own). */
function freshHome() {
	const home = mkdtempSync(path.join(tempDir(), 'home-'));
	const brief = (...args: string[]) => runBrief(args, {BRIEF_HOME: home});
	return {home, brief, store: path.join(home, 'briefings.json')};
}

const today = () => new Date().toISOString().slice(0, 10);

describe('where the store lives', () => {
	test('under BRIEF_HOME', () => {
		const {brief, store} = freshHome();
		assert.equal(brief('pin', 'l-kyiv').status, 0);
		assert.ok(existsSync(store));
		assert.equal(JSON.parse(readFileSync(store, 'utf8')).briefings.default.pins[0].id, 'l-kyiv');
	});

	test('under $XDG_DATA_HOME/brief when BRIEF_HOME is not set', () => {
		const xdg = mkdtempSync(path.join(tempDir(), 'xdg-'));
		assert.equal(runBrief(['pin', 'l-kyiv'], {XDG_DATA_HOME: xdg}).status, 0);
		assert.ok(existsSync(path.join(xdg, 'brief', 'briefings.json')));
	});
});

describe('pin, unpin, briefing, briefings', () => {
	test('pinning keeps order; pinning again updates the note and never duplicates', () => {
		const {brief} = freshHome();
		assert.match(brief('pin', 'q-kirby-supply-route', '--note', 'the route').stdout, /pinned q-kirby-supply-route in briefing "default" \(1 pin\)/);
		brief('pin', 'f-shaheds-used-against-ukraine');
		assert.match(brief('pin', 'q-kirby-supply-route', '--note', 'the route, in his words').stdout, /updated the note of q-kirby-supply-route .*\(2 pins\)/);
		assert.match(brief('pin', 'f-shaheds-used-against-ukraine').stdout, /already pinned/);
		const pins = JSON.parse(brief('briefing', '--json').stdout) as Array<Record<string, unknown>>;
		assert.deepEqual(
			pins.map(pin => [pin['id'], pin['note']]),
			[
				['q-kirby-supply-route', 'the route, in his words'],
				['f-shaheds-used-against-ukraine', null],
			],
		);
	});

	test('briefing --json has the public fields', () => {
		const {brief} = freshHome();
		brief('pin', 'q-peskov-illusions', '--note', 'Moscow shrugs');
		const [pin] = JSON.parse(brief('briefing', '--json').stdout) as Array<Record<string, unknown>>;
		assert.deepEqual(
			{id: pin!['id'], kind: pin!['kind'], text: pin!['text'], speaker: pin!['speaker'], note: pin!['note'], stale: pin!['stale'], source: pin!['source'], paragraph: pin!['paragraph']},
			{id: 'q-peskov-illusions', kind: 'quote', text: 'never had illusions', speaker: 'Dmitry Peskov', note: 'Moscow shrugs', stale: false, source: 'iran-russia-drones', paragraph: 13},
		);
	});

	test('text, tsv and md views of a briefing', () => {
		const {brief} = freshHome();
		brief('pin', 'q-peskov-illusions', '--note', 'Moscow shrugs');
		assert.match(brief('briefing').stdout, /1\. quote q-peskov-illusions ¶13\n {3}“never had illusions” — Dmitry Peskov\n {3}Note: Moscow shrugs/);
		assert.equal(brief('briefing', '--format', 'tsv').stdout.split('\n')[1], '1\tq-peskov-illusions\tquote\tnever had illusions\tDmitry Peskov\tMoscow shrugs\tfalse\tiran-russia-drones\t13');
		assert.match(brief('briefing', '--format', 'md').stdout, /^# Briefing: default/);
	});

	test('named briefings are separate; briefings lists them with counts', () => {
		const {brief} = freshHome();
		brief('pin', 'l-kyiv');
		brief('pin', 'l-moscow', '--briefing', 'capitals');
		brief('pin', 'l-tehran', '--briefing', 'capitals');
		assert.equal(brief('briefings').stdout, 'default\t1\ncapitals\t2\n');
		assert.deepEqual(
			(JSON.parse(brief('briefing', '--briefing', 'capitals', '--json').stdout) as Array<{id: string}>).map(pin => pin.id),
			['l-moscow', 'l-tehran'],
		);
	});

	test('unpin removes; unpinning what is not pinned exits 1', () => {
		const {brief} = freshHome();
		brief('pin', 'l-kyiv');
		brief('pin', 'l-moscow');
		assert.equal(brief('unpin', 'l-kyiv').status, 0);
		assert.deepEqual((JSON.parse(brief('briefing', '--json').stdout) as Array<{id: string}>).map(pin => pin.id), ['l-moscow']);
		const again = brief('unpin', 'l-kyiv');
		assert.equal(again.status, 1);
		assert.match(again.stderr, /l-kyiv is not pinned in briefing "default"/);
	});

	test('an empty briefing exits 1; an empty store lists no briefings', () => {
		const {brief} = freshHome();
		assert.equal(brief('briefing').status, 1);
		assert.equal(brief('briefing', '--json').stdout, '[]\n');
		assert.equal(brief('briefings').status, 1);
	});

	test('bad input: unknown id with did you mean, bad briefing name, missing id — exit 2, one line', () => {
		const {brief, store} = freshHome();
		for (const [args, message] of [
			[['pin', 'q-kirby-rout'], /unknown id "q-kirby-rout" — did you mean "q-kirby-supply-route"/],
			[['pin', 'l-kyiv', '--briefing', '../etc'], /a briefing name is/],
			[['pin'], /pin needs one record id/],
			[['unpin'], /unpin needs one record id/],
		] as const) {
			const result = brief(...args);
			assert.equal(result.status, 2, args.join(' '));
			assert.match(result.stderr, message);
			assert.match(result.stderr, /^brief: (?!unexpected error)/, 'a usage error, not a crash');
			assert.equal(result.stderr.trim().split('\n').length, 1);
		}

		assert.ok(!existsSync(store), 'nothing written on a failed pin');
	});
});

describe('export', () => {
	test('the Markdown briefing: title, date, sections in order, citations, notes', () => {
		const {brief} = freshHome();
		brief('pin', 'a-peskov', '--note', 'the Kremlin voice');
		brief('pin', 'l-makhachkala');
		brief('pin', 'f-shaheds-used-against-ukraine', '--note', 'his figure, not verified');
		brief('pin', 'q-kirby-supply-route', '--note', 'the route');
		brief('pin', 'r-caspian-drone-supply');
		const title = 'White House details Iran–Russia drone supply route and possible Russian factory';
		const expected = [
			'# Briefing: default',
			'',
			`Generated ${today()} with brief · 5 items`,
			'',
			'## Key quotes',
			'',
			`- “The drones are built in Iran, shipped across the Caspian Sea, from Amirabad, Iran, to Makhachkala, Russia, and then used operationally by Russian forces against Ukraine,” — **John Kirby**, US National Security Council spokesman (*${title}*, ¶3)`,
			'  - *Note:* the route',
			'',
			'## Facts and figures',
			'',
			`- about 1,160 Shaheds have been used against Ukraine — per **Volodymyr Zelenskyy** (*${title}*, ¶9)`,
			'  - *Note:* his figure, not verified',
			'',
			'## Places',
			'',
			'- **Makhachkala** — port, Russia (42.98°N 47.50°E)',
			`- **Iran–Russia drone supply route across the Caspian Sea**: Iran → Amirabad → Caspian Sea → Makhachkala → Ukraine (*${title}*, ¶3)`,
			'',
			'## Actors',
			'',
			'- **Dmitry Peskov** — Putin’s spokesman',
			'  - *Note:* the Kremlin voice',
			'',
		].join('\n');
		assert.equal(brief('export').stdout, expected);
	});

	test('--out writes the file atomically and says where; a missing directory is exit 2 and writes nothing', () => {
		const {brief, home} = freshHome();
		brief('pin', 'l-kyiv');
		const out = path.join(home, 'briefing.md');
		const result = brief('export', '--out', out);
		assert.equal(result.status, 0);
		assert.match(result.stderr, /wrote briefing "default" to .*briefing\.md/);
		assert.match(readFileSync(out, 'utf8'), /- \*\*Kyiv\*\* — capital, Ukraine/);
		assert.deepEqual(readdirSync(home).filter(name => name.endsWith('.tmp')), [], 'no temporary file left');
		const missing = brief('export', '--out', path.join(home, 'no', 'such', 'dir', 'b.md'));
		assert.equal(missing.status, 2);
		assert.match(missing.stderr, /cannot write .*no such directory/);
	});
});

describe('nothing pinned is ever lost', () => {
	test('twenty `brief pin` processes started at once all land', async () => {
		const {home, brief} = freshHome();
		const ids = [...JSON.parse(runBrief(['quotes', '--json']).stdout), ...JSON.parse(runBrief(['facts', '--json']).stdout)].slice(0, 20).map((record: {id: string}) => record.id);
		assert.equal(ids.length, 20);
		await Promise.all(
			ids.map(
				async id =>
					new Promise<void>((resolve, reject) => {
						const child = spawn(process.execPath, [binPath, 'pin', id], {env: {...process.env, BRIEF_HOME: home}, stdio: 'ignore'});
						child.on('exit', code => (code === 0 ? resolve() : reject(new Error(`pin ${id} exited ${code}`))));
					}),
			),
		);
		const pinned = (JSON.parse(brief('briefing', '--json').stdout) as Array<{id: string}>).map(pin => pin.id);
		assert.deepEqual(new Set(pinned), new Set(ids));
		assert.equal(pinned.length, 20);
	});

	for (const [name, contents] of [
		['garbage', 'this is not json {'],
		['schema-invalid', JSON.stringify({version: 1, briefings: {default: {pins: [{id: 42}]}}})],
	] as const) {
		test(`a ${name} store is set aside with a warning, never overwritten, and brief carries on`, () => {
			const {home, brief, store} = freshHome();
			writeFileSync(store, contents);
			const result = brief('pin', 'l-kyiv');
			assert.equal(result.status, 0);
			assert.match(result.stderr, /warning: the briefing store .* (is not valid JSON|does not match the briefing schema[^;]*); it was moved to .*briefings\.json\.corrupt-/);
			const backups = readdirSync(home).filter(file => file.startsWith('briefings.json.corrupt-'));
			assert.equal(backups.length, 1);
			assert.equal(readFileSync(path.join(home, backups[0]!), 'utf8'), contents, 'the backup holds the old bytes');
			assert.deepEqual((JSON.parse(brief('briefing', '--json').stdout) as Array<{id: string}>).map(pin => pin.id), ['l-kyiv']);
		});
	}

	test('a lock left behind by a killed `brief pin` is taken over once stale, and earlier pins survive', () => {
		const {brief, store} = freshHome();
		brief('pin', 'l-kyiv');
		const lock = `${store}.lock`;
		mkdirSync(lock);
		const longAgo = new Date(Date.now() - 60_000);
		utimesSync(lock, longAgo, longAgo);
		const result = brief('pin', 'l-moscow');
		assert.equal(result.status, 0, result.stderr);
		assert.deepEqual((JSON.parse(brief('briefing', '--json').stdout) as Array<{id: string}>).map(pin => pin.id), ['l-kyiv', 'l-moscow']);
	});

	test('a pin the corpus no longer has is kept from its snapshot and marked stale', () => {
		const {brief, home} = freshHome();
		brief('pin', 'q-peskov-illusions', '--note', 'keep this');
		const corpus = shippedCorpus();
		corpus.quotes = corpus.quotes.filter(quote => quote.id !== 'q-peskov-illusions');
		const smaller = writeTempCorpus(corpus);
		const run = (...args: string[]) => runBrief([...args, '--corpus', smaller], {BRIEF_HOME: home});
		const [pin] = JSON.parse(run('briefing', '--json').stdout) as Array<Record<string, unknown>>;
		assert.equal(pin!['stale'], true);
		assert.equal(pin!['text'], 'never had illusions');
		assert.equal(pin!['note'], 'keep this');
		assert.match(run('export').stdout, /- “never had illusions” — \*\*Dmitry Peskov\*\*, Putin’s spokesman \(\*.*\*, ¶13\) — \*no longer in the corpus; as pinned\*/);
		assert.match(run('briefing').stdout, /stale: no longer in the corpus/);
	});
});

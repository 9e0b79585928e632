import assert from 'node:assert/strict';
import {spawn, spawnSync} from 'node:child_process';
import {chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs';
import {hostname} from 'node:os';
import path from 'node:path';
import {describe, test} from 'node:test';
import {shippedCorpus} from './helpers/corpora.js';
import {briefInProcess} from './helpers/in-process.js';
import {binPath, runBrief, tempDir, writeTempCorpus} from './helpers/run-brief.js';

/** A fresh, empty data directory for each test, so briefings never leak between tests (or into the user's own). */
function freshHome() {
	const home = mkdtempSync(path.join(tempDir(), 'home-'));
	/** brief through its command functions, in this process (the binary is tried by a few smoke tests). */
	const brief = async (...args: string[]) => briefInProcess(args, {BRIEF_HOME: home});
	const spawned = (...args: string[]) => runBrief(args, {BRIEF_HOME: home});
	return {home, brief, spawned, store: path.join(home, 'briefings.json')};
}

const today = () => new Date().toISOString().slice(0, 10);

describe('where the store lives', () => {
	test('under BRIEF_HOME', async () => {
		const {brief, store} = freshHome();
		assert.equal((await brief('pin', 'l-kyiv')).status, 0);
		assert.ok(existsSync(store));
		assert.equal(JSON.parse(readFileSync(store, 'utf8')).briefings.default.pins[0].id, 'l-kyiv');
	});

	test('under $XDG_DATA_HOME/brief when BRIEF_HOME is not set', async () => {
		const xdg = mkdtempSync(path.join(tempDir(), 'xdg-'));
		assert.equal((await briefInProcess(['pin', 'l-kyiv'], {XDG_DATA_HOME: xdg})).status, 0);
		assert.ok(existsSync(path.join(xdg, 'brief', 'briefings.json')));
	});
});

describe('pin, unpin, briefing, briefings', () => {
	test('pinning keeps order; pinning again updates the note and never duplicates', async () => {
		const {brief} = freshHome();
		assert.match((await brief('pin', 'q-kirby-supply-route', '--note', 'the route')).stdout, /pinned q-kirby-supply-route in briefing "default" \(1 pin\)/);
		await brief('pin', 'f-shaheds-used-against-ukraine');
		assert.match((await brief('pin', 'q-kirby-supply-route', '--note', 'the route, in his words')).stdout, /updated the note of q-kirby-supply-route .*\(2 pins\)/);
		assert.match((await brief('pin', 'f-shaheds-used-against-ukraine')).stdout, /already pinned/);
		const pins = JSON.parse((await brief('briefing', '--json')).stdout) as Array<Record<string, unknown>>;
		assert.deepEqual(
			pins.map(pin => [pin['id'], pin['note']]),
			[
				['q-kirby-supply-route', 'the route, in his words'],
				['f-shaheds-used-against-ukraine', null],
			],
		);
	});

	test('briefing --json has the public fields', async () => {
		const {brief} = freshHome();
		await brief('pin', 'q-peskov-illusions', '--note', 'Moscow shrugs');
		const [pin] = JSON.parse((await brief('briefing', '--json')).stdout) as Array<Record<string, unknown>>;
		assert.deepEqual(
			{id: pin!['id'], kind: pin!['kind'], text: pin!['text'], speaker: pin!['speaker'], note: pin!['note'], stale: pin!['stale'], source: pin!['source'], paragraph: pin!['paragraph']},
			{id: 'q-peskov-illusions', kind: 'quote', text: 'never had illusions', speaker: 'Dmitry Peskov', note: 'Moscow shrugs', stale: false, source: 'iran-russia-drones', paragraph: 13},
		);
	});

	test('text, tsv and md views of a briefing', async () => {
		const {brief} = freshHome();
		await brief('pin', 'q-peskov-illusions', '--note', 'Moscow shrugs');
		assert.match((await brief('briefing')).stdout, /1\. quote q-peskov-illusions ¶13\n {3}“never had illusions” — Dmitry Peskov\n {3}Note: Moscow shrugs/);
		assert.equal((await brief('briefing', '--format', 'tsv')).stdout.split('\n')[1], '1\tq-peskov-illusions\tquote\tnever had illusions\tDmitry Peskov\tMoscow shrugs\tfalse\tiran-russia-drones\t13');
		assert.match((await brief('briefing', '--format', 'md')).stdout, /^# Briefing: default/);
	});

	test('named briefings are separate; briefings lists them with counts', async () => {
		const {brief} = freshHome();
		await brief('pin', 'l-kyiv');
		await brief('pin', 'l-moscow', '--briefing', 'capitals');
		await brief('pin', 'l-tehran', '--briefing', 'capitals');
		assert.equal((await brief('briefings')).stdout, 'default\t1\ncapitals\t2\n');
		assert.deepEqual(
			(JSON.parse((await brief('briefing', '--briefing', 'capitals', '--json')).stdout) as Array<{id: string}>).map(pin => pin.id),
			['l-moscow', 'l-tehran'],
		);
	});

	test('a briefing may be named like a member of every object ("constructor", "toString")', async () => {
		const {brief} = freshHome();
		assert.equal((await brief('briefing', '--briefing', 'constructor')).status, 1);
		for (const name of ['constructor', 'toString']) {
			const pinned = await brief('pin', 'l-kyiv', '--briefing', name);
			assert.equal(pinned.status, 0, pinned.stderr);
		}

		assert.equal((await brief('pin', 'l-moscow', '--briefing', 'constructor')).status, 0);
		assert.equal((await brief('briefings')).stdout, 'constructor\t2\ntoString\t1\n');
		assert.match((await brief('unpin', 'l-kyiv', '--briefing', 'toString')).stdout, /unpinned/);
	});

	test('unpin removes; unpinning what is not pinned exits 1', async () => {
		const {brief} = freshHome();
		await brief('pin', 'l-kyiv');
		await brief('pin', 'l-moscow');
		assert.equal((await brief('unpin', 'l-kyiv')).status, 0);
		assert.deepEqual((JSON.parse((await brief('briefing', '--json')).stdout) as Array<{id: string}>).map(pin => pin.id), ['l-moscow']);
		const again = await brief('unpin', 'l-kyiv');
		assert.equal(again.status, 1);
		assert.match(again.stderr, /l-kyiv is not pinned in briefing "default"/);
	});

	test('an empty briefing exits 1; an empty store lists no briefings', async () => {
		const {brief} = freshHome();
		assert.equal((await brief('briefing')).status, 1);
		assert.equal((await brief('briefing', '--json')).stdout, '[]\n');
		assert.equal((await brief('briefings')).status, 1);
		// Nothing is exported of it, to stdout or to a file.
		const {home} = freshHome();
		const exported = await briefInProcess(['export', '--out', path.join(home, 'out.md')], {BRIEF_HOME: home});
		assert.deepEqual([exported.status, exported.stdout, exported.stderr.trim()], [1, '', 'brief: briefing "default" has no pins, nothing to export (brief pin ID adds one)']);
		assert.ok(!existsSync(path.join(home, 'out.md')));
		assert.equal((await brief('export')).status, 1);
	});

	test('bad input: unknown id with did you mean, bad briefing name, missing id — exit 2, one line', async () => {
		const {brief, store} = freshHome();
		for (const [args, message] of [
			[['pin', 'q-kirby-rout'], /unknown id "q-kirby-rout" — did you mean "q-kirby-supply-route"/],
			[['pin', 'l-kyiv', '--briefing', '../etc'], /a briefing name is/],
			[['pin'], /pin needs one record id/],
			[['unpin'], /unpin needs one record id/],
		] as const) {
			const result = await brief(...args);
			assert.equal(result.status, 2, args.join(' '));
			assert.match(result.stderr, message);
			assert.match(result.stderr, /^brief: (?!unexpected error)/, 'a usage error, not a crash');
			assert.equal(result.stderr.trim().split('\n').length, 1);
		}

		assert.ok(!existsSync(store), 'nothing written on a failed pin');
	});
});

describe('export', () => {
	test('the Markdown briefing: title, date, sections in order, citations, notes', async () => {
		const {brief} = freshHome();
		await brief('pin', 'a-peskov', '--note', 'the Kremlin voice');
		await brief('pin', 'l-makhachkala');
		await brief('pin', 'f-shaheds-used-against-ukraine', '--note', 'his figure, not verified');
		await brief('pin', 'q-kirby-supply-route', '--note', 'the route');
		await brief('pin', 'r-caspian-drone-supply');
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
		assert.equal((await brief('export')).stdout, expected);
	});

	test('--out writes the file atomically and says where; a missing directory is exit 2 and writes nothing (the binary)', () => {
		const {spawned: brief, home} = freshHome();
		brief('pin', 'l-kyiv');
		const out = path.join(home, 'briefing.md');
		const result = brief('export', '--out', out);
		assert.equal(result.status, 0);
		assert.match(result.stderr, /wrote briefing "default" to .*briefing\.md/);
		assert.match(readFileSync(out, 'utf8'), /- \*\*Kyiv\*\* — capital, Ukraine/);
		assert.deepEqual(readdirSync(home).filter(name => name.endsWith('.tmp')), [], 'no temporary file left');
		const missing = brief('export', '--out', path.join(home, 'no', 'such', 'dir', 'b.md'));
		assert.equal(missing.status, 2);
		assert.match(missing.stderr, /^brief: cannot write .*b\.md: .*dir does not exist\n$/);
	});
});

describe('nothing pinned is ever lost', () => {
	test('ten `brief pin` processes started at once all land', async () => {
		const {home, brief} = freshHome();
		const ids = [...JSON.parse((await brief('quotes', '--json')).stdout), ...JSON.parse((await brief('facts', '--json')).stdout)].slice(0, 10).map((record: {id: string}) => record.id);
		assert.equal(ids.length, 10);
		await Promise.all(
			ids.map(
				async id =>
					new Promise<void>((resolve, reject) => {
						const child = spawn(process.execPath, [binPath, 'pin', id], {env: {...process.env, BRIEF_HOME: home}, stdio: 'ignore'});
						child.on('exit', code => (code === 0 ? resolve() : reject(new Error(`pin ${id} exited ${code}`))));
					}),
			),
		);
		const pinned = (JSON.parse((await brief('briefing', '--json')).stdout) as Array<{id: string}>).map(pin => pin.id);
		assert.deepEqual(new Set(pinned), new Set(ids));
		assert.equal(pinned.length, 10);
	});

	for (const [name, contents] of [
		['garbage', 'this is not json {'],
		['schema-invalid', JSON.stringify({version: 1, briefings: {default: {pins: [{id: 42}]}}})],
	] as const) {
		test(`a ${name} store is set aside with a warning, never overwritten, and brief carries on`, async () => {
			const {home, brief, store} = freshHome();
			writeFileSync(store, contents);
			const result = await brief('pin', 'l-kyiv');
			assert.equal(result.status, 0);
			assert.match(result.stderr, /warning: the briefing store .* (is not valid JSON|does not match the briefing schema[^;]*); it was moved to .*briefings\.json\.corrupt-/);
			const backups = readdirSync(home).filter(file => file.startsWith('briefings.json.corrupt-'));
			assert.equal(backups.length, 1);
			assert.equal(readFileSync(path.join(home, backups[0]!), 'utf8'), contents, 'the backup holds the old bytes');
			assert.deepEqual((JSON.parse((await brief('briefing', '--json')).stdout) as Array<{id: string}>).map(pin => pin.id), ['l-kyiv']);
		});
	}

	test('a lock left behind by a killed `brief pin` is taken over once stale, and earlier pins survive', async () => {
		const {brief, store} = freshHome();
		await brief('pin', 'l-kyiv');
		const lock = `${store}.lock`;
		mkdirSync(lock);
		const longAgo = new Date(Date.now() - 60_000);
		utimesSync(lock, longAgo, longAgo);
		const result = await brief('pin', 'l-moscow');
		assert.equal(result.status, 0, result.stderr);
		assert.deepEqual((JSON.parse((await brief('briefing', '--json')).stdout) as Array<{id: string}>).map(pin => pin.id), ['l-kyiv', 'l-moscow']);
	});

	test('a pin the corpus no longer has is kept from its snapshot and marked stale', async () => {
		const {brief, home} = freshHome();
		await brief('pin', 'q-peskov-illusions', '--note', 'keep this');
		const corpus = shippedCorpus();
		corpus.quotes = corpus.quotes.filter(quote => quote.id !== 'q-peskov-illusions');
		const smaller = writeTempCorpus(corpus);
		const run = async (...args: string[]) => briefInProcess([...args, '--corpus', smaller], {BRIEF_HOME: home});
		const [pin] = JSON.parse((await run('briefing', '--json')).stdout) as Array<Record<string, unknown>>;
		assert.equal(pin!['stale'], true);
		assert.equal(pin!['text'], 'never had illusions');
		assert.equal(pin!['note'], 'keep this');
		assert.match((await run('export')).stdout, /- “never had illusions” — \*\*Dmitry Peskov\*\*, Putin’s spokesman \(\*.*\*, ¶13\) — \*no longer in the corpus; as pinned\*/);
		assert.match((await run('briefing')).stdout, /stale: no longer in the corpus/);
	});
});

describe('export --out writes only where asked', () => {
	const exported = /^# Briefing: default\n/;
	const pinned = async () => {
		const home = freshHome();
		await home.brief('pin', 'l-kyiv');
		return home;
	};

	test('- is stdout', async () => {
		const {brief} = await pinned();
		const result = await brief('export', '--out', '-');
		assert.equal(result.status, 0);
		assert.match(result.stdout, exported);
	});

	test('an empty path is a usage error', async () => {
		const {brief} = await pinned();
		assert.deepEqual(await brief('export', '--out', ''), {stdout: '', stderr: 'brief: --out needs a path, a directory, or - for stdout: brief export --out FILE\n', status: 2});
	});

	test('an existing file is refused without --force; with it, replaced atomically, keeping its mode', async () => {
		const {brief, home} = await pinned();
		const out = path.join(home, 'notes.md');
		writeFileSync(out, 'my own notes\n');
		chmodSync(out, 0o600);
		assert.deepEqual(await brief('export', '--out', out), {stdout: '', stderr: `brief: ${out} exists — use --force to replace it\n`, status: 2});
		assert.equal(readFileSync(out, 'utf8'), 'my own notes\n');
		assert.equal((await brief('export', '--out', out, '--force')).status, 0);
		assert.match(readFileSync(out, 'utf8'), exported);
		assert.equal(statSync(out).mode & 0o777, 0o600);
		assert.deepEqual(readdirSync(home).filter(name => name.endsWith('.tmp')), []);
	});

	test('a read-only file is not replaced, even with --force', async () => {
		const {brief, home} = await pinned();
		const out = path.join(home, 'locked.md');
		writeFileSync(out, 'keep\n');
		chmodSync(out, 0o444);
		const result = await brief('export', '--out', out, '--force');
		assert.equal(result.status, 2);
		assert.equal(result.stderr, `brief: ${out} is read-only; brief will not replace it\n`);
		assert.equal(readFileSync(out, 'utf8'), 'keep\n');
	});

	test('a symbolic link is followed to its target, and stays a link', async () => {
		const {brief, home} = await pinned();
		const target = path.join(home, 'target.md');
		const link = path.join(home, 'link.md');
		symlinkSync(target, link);
		assert.equal((await brief('export', '--out', link)).status, 0);
		assert.ok(lstatSync(link).isSymbolicLink());
		assert.match(readFileSync(target, 'utf8'), exported);
	});

	test('a directory, or a path ending in /, gets briefing-NAME-DATE.md inside; a missing one with / is an error', async () => {
		const {brief, home} = await pinned();
		const folder = path.join(home, 'exports');
		mkdirSync(folder);
		for (const out of [folder, `${folder}/`]) {
			const result = await brief('export', '--out', out, '--force');
			assert.equal(result.status, 0, result.stderr);
			assert.match(readFileSync(path.join(folder, `briefing-default-${today()}.md`), 'utf8'), exported);
		}

		const missing = await brief('export', '--out', path.join(home, 'newdir/'));
		assert.equal(missing.status, 2);
		assert.match(missing.stderr, /^brief: cannot write into .*newdir\/: no such directory\n$/);
		assert.ok(!existsSync(path.join(home, 'newdir')), 'no file named after the directory');
	});

	test('a FIFO is written to as a stream, never replaced', async () => {
		const {brief, home} = await pinned();
		const fifo = path.join(home, 'pipe');
		spawnSync('mkfifo', [fifo]);
		const reader = spawn('cat', [fifo]);
		let read = '';
		reader.stdout.on('data', (chunk: Buffer) => {
			read += chunk.toString();
		});
		const done = new Promise(resolve => reader.on('exit', resolve));
		assert.equal((await brief('export', '--out', fifo)).status, 0);
		await done;
		assert.match(read, exported);
		assert.ok(lstatSync(fifo).isFIFO());
	});

	test('/dev/stdout prints, and /dev/null stays a device (the binary)', () => {
		const {spawned, home} = freshHome();
		spawned('pin', 'l-kyiv');
		const printed = spawned('export', '--out', '/dev/stdout');
		assert.equal(printed.status, 0, printed.stderr);
		assert.match(printed.stdout, exported);
		assert.equal(spawned('export', '--out', '/dev/null').status, 0);
		assert.ok(statSync('/dev/null').isCharacterDevice());
		assert.deepEqual(readdirSync(home).filter(name => name.endsWith('.tmp')), []);
	});
});

describe('the store in hostile places', () => {
	test('a store beginning with a byte-order mark is read, not set aside', async () => {
		const {brief, store, home} = freshHome();
		await brief('pin', 'l-kyiv');
		writeFileSync(store, `\uFEFF${readFileSync(store, 'utf8')}`);
		const result = await brief('pin', 'l-moscow');
		assert.equal(result.stderr, '');
		assert.deepEqual((JSON.parse((await brief('briefing', '--json')).stdout) as Array<{id: string}>).map(pin => pin.id), ['l-kyiv', 'l-moscow']);
		assert.deepEqual(readdirSync(home).filter(name => name.includes('corrupt')), []);
	});

	for (const [what, store] of [
		['a newer version', {version: 2, briefings: {default: {pins: []}}}],
		['fields it does not know', {version: 1, briefings: {default: {pins: []}}, sharedWith: ['ana']}],
	] as const) {
		test(`a store with ${what} is read, never rewritten or set aside`, async () => {
			const {brief, store: file, home} = freshHome();
			const text = JSON.stringify(store);
			writeFileSync(file, text);
			assert.equal((await brief('briefings')).stdout, 'default\t0\n');
			const refused = await brief('pin', 'l-kyiv');
			assert.equal(refused.status, 2);
			assert.match(refused.stderr, /^brief: the briefing store .*briefings\.json was written by a newer brief \((version 2|fields "sharedWith")\); update brief to change it\n$/);
			assert.equal(readFileSync(file, 'utf8'), text);
			assert.deepEqual(readdirSync(home).filter(name => name.includes('corrupt')), []);
		});
	}

	test('a read-only BRIEF_HOME: briefing reads the pins, pin fails at once naming the directory', async () => {
		const {brief, home, store} = freshHome();
		await brief('pin', 'l-kyiv');
		const before = readFileSync(store);
		chmodSync(home, 0o555);
		try {
			const shown = await brief('briefing', '--json');
			assert.equal(shown.status, 0);
			assert.equal((JSON.parse(shown.stdout) as Array<{id: string}>)[0]!.id, 'l-kyiv');
			const started = Date.now();
			assert.deepEqual(await brief('pin', 'l-moscow'), {stdout: '', stderr: `brief: the briefing store cannot be changed: ${home} is read-only\n`, status: 2});
			assert.ok(Date.now() - started < 1000);
		} finally {
			chmodSync(home, 0o755);
		}

		assert.deepEqual(readFileSync(store), before);
	});

	test('a read-only store file is never overwritten', async () => {
		const {brief, store} = freshHome();
		await brief('pin', 'l-kyiv');
		chmodSync(store, 0o444);
		const before = readFileSync(store);
		assert.equal((await brief('pin', 'l-moscow')).stderr, `brief: the briefing store ${store} is read-only; brief will not overwrite it\n`);
		assert.deepEqual(readFileSync(store), before);
	});

	test('a symlinked briefings.json stays a symlink; its target gets the pins', async () => {
		const {brief, home, store} = freshHome();
		const synced = mkdtempSync(path.join(tempDir(), 'synced-'));
		writeFileSync(path.join(synced, 'briefings.json'), JSON.stringify({version: 1, briefings: {}}));
		symlinkSync(path.join(synced, 'briefings.json'), store);
		await brief('pin', 'l-kyiv');
		assert.ok(lstatSync(store).isSymbolicLink());
		assert.equal(JSON.parse(readFileSync(path.join(synced, 'briefings.json'), 'utf8')).briefings.default.pins[0].id, 'l-kyiv');
		assert.deepEqual(readdirSync(home).filter(name => name.startsWith('briefings')), ['briefings.json'], 'no temporary file or lock left');
	});

	test('system errors are one line naming the path: a directory as the store, a file as BRIEF_HOME, a file as the lock', async () => {
		const {brief, store} = freshHome();
		mkdirSync(store);
		for (const args of [['pin', 'l-kyiv'], ['briefing']]) {
			const result = await brief(...args);
			assert.equal(result.status, 2, args[0]);
			assert.match(result.stderr, /^brief: cannot read .*briefings\.json: .*briefings\.json is a directory; move it away or choose another path\n$/);
		}

		const homeFile = path.join(mkdtempSync(path.join(tempDir(), 'homefile-')), 'home');
		writeFileSync(homeFile, '');
		const home = await briefInProcess(['pin', 'l-kyiv'], {BRIEF_HOME: homeFile});
		assert.deepEqual(home, {stdout: '', stderr: `brief: cannot write ${homeFile}/briefings.json: ${homeFile} is a file, not a directory; move it away\n`, status: 2});

		const other = freshHome();
		writeFileSync(`${other.store}.lock`, '');
		assert.match((await other.brief('pin', 'l-kyiv')).stderr, /^brief: .*briefings\.json\.lock is in the way: brief keeps its lock there; move that file away and try again\n$/);
	});

	test('a lock left by a killed brief (its pid gone) is taken over within a second', async () => {
		const {brief, store} = freshHome();
		await brief('pin', 'l-kyiv');
		const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'});
		mkdirSync(`${store}.lock`);
		writeFileSync(path.join(`${store}.lock`, 'owner.json'), JSON.stringify({pid: Number(dead.stdout), host: hostname(), token: 'killed'}));
		const started = Date.now();
		assert.equal((await brief('pin', 'l-moscow')).status, 0);
		assert.ok(Date.now() - started < 1000);
	});
});

describe('the app\'s briefing service in a read-only home', () => {
	test('shows the pins and says why they cannot change; a change fails with that one line', async () => {
		const {brief, home, store} = freshHome();
		await brief('pin', 'l-kyiv');
		const {createBriefingService} = await import('../source/store/briefing-service.js');
		const {indexCorpus} = await import('../source/core/records.js');
		const index = indexCorpus(shippedCorpus());
		chmodSync(home, 0o555);
		try {
			const service = createBriefingService({storeFile: store, name: 'default', exportDirectory: home});
			assert.deepEqual((await service.load()).map(pin => pin.id), ['l-kyiv']);
			assert.deepEqual(service.takeWarnings(), [`pins are shown read-only: the briefing store cannot be changed: ${home} is read-only`]);
			await assert.rejects(service.toggle(index, index.byId.get('l-moscow')!), {message: `the briefing store cannot be changed: ${home} is read-only`});
		} finally {
			chmodSync(home, 0o755);
		}
	});
});

import assert from 'node:assert/strict';
import {test} from 'node:test';
import chalk from 'chalk';
import {openWithBriefing} from './briefing-session.js';
import {keep, open} from './kept-sessions.js';
import {keys} from './render-app.js';

/** Find in a page (issue 19): `/` in a detail or the reader, n / N between the hits, as less. */

test('/ finds in a detail: hits counted and highlighted, n / N step through them, Esc ends the find and n writes a note again', async () => {
	chalk.level = 1;
	try {
		const {app} = await openWithBriefing({columns: 120, rows: 35});
		keep(app);
		await app.type('kirby caspian');
		await app.press(keys.enter, keys.enter, '/');
		assert.match(app.footer(), /Enter done {2}Esc cancel/);
		await app.type('russia');
		const count = /find › russia +1\/(\d+)/.exec(app.lines()[1]!);
		assert.ok(count, app.lines()[1]);
		assert.match(app.rawFrame(), /\u001B\[7mRussia/, 'the current hit is inverted');
		await app.press(keys.enter, 'n');
		assert.match(app.lines()[1]!, new RegExp(`find › russia +2/${count[1]}`));
		await app.press('N', 'N');
		assert.match(app.lines()[1]!, new RegExp(`find › russia +${count[1]}/${count[1]}`), 'N before the first wraps to the last');
		await app.press(keys.escape);
		assert.match(app.lines()[1]!, /\/ kirby caspian/, 'the find is gone');
		await app.press('n');
		assert.match(app.frame(), /Note for q-kirby-supply-route/);
	} finally {
		chalk.level = 0;
	}
});

test('a find with no hit says so; n with no find says how to find', async () => {
	const app = await open({columns: 70, rows: 20});
	await app.press(keys.escape, 'r', 'n');
	assert.match(app.footer(), /^Nothing to find yet — \/ finds in the page/);
	await app.press('/');
	await app.type('zzqx');
	assert.match(app.lines()[1]!, /find › zzqx +no “zzqx” here/);
	await app.press(keys.enter);
	assert.match(app.footer(), /^No “zzqx” on this page/);
	await app.press('n');
	assert.match(app.footer(), /^No “zzqx” on this page/);
});

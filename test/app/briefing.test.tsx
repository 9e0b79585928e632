import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {runBrief} from '../helpers/run-brief.js';
import {openWithBriefing} from './briefing-session.js';
import {keep} from './kept-sessions.js';
import {keys} from './render-app.js';

async function open() {
	const opened = await openWithBriefing();
	keep(opened.app);
	return opened;
}

test('p pins the selected record, marks it in the list, and unpins it again', async () => {
	const {app, expectPinOrder, expectScreen} = await open();
	await app.type('never had illusions');
	await app.press(keys.tab, keys.escape, 'p');
	await expectPinOrder(['q-peskov-illusions']);
	await expectScreen(/Pinned q-peskov-illusions/);
	assert.match(app.frame(), /│ ● quote Peskov “never had illusions”/);
	await app.press('p');
	await expectPinOrder([]);
	await expectScreen(/│ {3}quote Peskov/);
});

test('n writes the note of the selected record (pinning it), and the briefing pane shows it', async () => {
	const {app, storedPins, waitForStore, expectScreen} = await open();
	await app.type('1,160');
	await app.press(keys.escape, 'n');
	assert.match(app.frame(), /Note for q-zelenskyy-shaheds-used/);
	await app.type('his figure; check it');
	await app.press(keys.ctrlW, keys.ctrlW);
	await app.type('verify it');
	await app.press(keys.enter);
	await waitForStore(pins => pins.length > 0);
	assert.deepEqual(storedPins(), [{...storedPins()[0]!, id: 'q-zelenskyy-shaheds-used', note: 'his figure; verify it'}]);
	await app.press('b');
	await expectScreen(/Briefing “default” · 1 pin/);
	assert.match(app.frame(), /1\. quote “about 1,160 Shaheds have been used against Ukraine” — Volodymyr Zelenskyy/);
	assert.match(app.frame(), /Note: his figure; verify it/);
	await app.press('n', keys.ctrlU);
	await app.type('confirmed by the article');
	await app.press(keys.enter);
	await expectScreen(/Note: confirmed by the article/);
	assert.match(app.frame(), /Briefing “default”/, 'saving a note from the pane returns to the pane');
});

test('Esc cancels a note without saving it', async () => {
	const {app, storedPins} = await open();
	await app.press(keys.escape, 'n');
	await app.type('never saved');
	await app.press(keys.escape);
	assert.doesNotMatch(app.frame(), /Note for/);
	assert.deepEqual(storedPins(), []);
});

test('in the briefing pane J/K reorder, g/G go to the first and last pin, d removes, e exports and shows the path written', async () => {
	const {app, home, storedPins, waitForStore, expectPinOrder, expectScreen} = await open();
	await app.press(keys.escape, 'p', 'j', 'p', 'j', 'p');
	await waitForStore(pins => pins.length === 3);
	const pinned = storedPins().map(pin => pin.id);
	await app.press('b');
	await expectScreen(/Briefing “default” · 3 pins/);
	await app.press('J');
	await expectPinOrder([pinned[1], pinned[0], pinned[2]]);
	await app.press('j', 'K', 'K');
	await expectPinOrder([pinned[2], pinned[1], pinned[0]]);
	await app.press('G', 'K');
	await expectPinOrder([pinned[2], pinned[0], pinned[1]], 'G goes to the last pin');
	await app.press('g', 'J');
	await expectPinOrder([pinned[0], pinned[2], pinned[1]], 'g goes to the first pin');
	await app.press('d');
	await expectPinOrder([pinned[0], pinned[1]], 'd removes the pin under the cursor');
	await app.press('e');
	await expectScreen(/Exported to/);
	const [, written] = /Exported to (\S+\.md)/.exec(app.frame()) ?? [];
	assert.ok(written, `the footer names the file: ${app.footer()}`);
	assert.ok(written.startsWith(home), 'the path is shown in full');
	assert.match(readFileSync(written, 'utf8'), /^# Briefing: default\n\nGenerated \d{4}-\d{2}-\d{2} with brief · 2 items\n\n## Key quotes\n/);
});

test('y copies the selected record as a citation and says so', async () => {
	const {app, copied} = await open();
	await app.press(keys.escape, 'y');
	assert.deepEqual(copied, ['“The drones are built in Iran, shipped across the Caspian Sea, from Amirabad, Iran, to Makhachkala, Russia, and then used operationally by Russian forces against Ukraine,” — John Kirby, US National Security Council spokesman (White House details Iran–Russia drone supply route and possible Russian factory, ¶3)']);
	assert.match(app.frame(), /Copied the citation to the clipboard/);
});

test('a pin made by another brief process shows when the pane is reopened', async () => {
	const {app, home, expectScreen} = await open();
	await app.press(keys.escape, 'b');
	await expectScreen(/Nothing pinned yet/);
	await app.press(keys.escape);
	assert.equal(runBrief(['pin', 'l-makhachkala', '--note', 'from a script'], {BRIEF_HOME: home}).status, 0);
	await app.press('b');
	await expectScreen(/1\. location Makhachkala/);
	assert.match(app.frame(), /Note: from a script/);
});

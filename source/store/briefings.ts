import {BriefError} from '../core/errors.js';
import {excerpt} from '../core/sanitize.js';
import {voiceOf, type BriefRecord, type CorpusIndex} from '../core/records.js';
import type {Pin, StoreData} from './briefing-schema.js';

export const defaultBriefing = 'default';

/** A briefing name is used in messages and file names: keep it to a short, plain one. */
export function checkBriefingName(name: string): string {
	if (!/^[\p{L}\p{N}][\p{L}\p{N} _.-]{0,63}$/u.test(name)) {
		throw new BriefError(`a briefing name is 1–64 letters, digits, spaces, dots, dashes or underscores, got "${excerpt(name)}"`);
	}

	return name;
}

/** A pin as shown: its snapshot, and the live record when the corpus still has it. */
export type BriefingEntry = {pin: Pin; record: BriefRecord | null; stale: boolean};

export function snapshotOf(index: CorpusIndex, record: BriefRecord, note: string | null, now: Date): Pin {
	const voice = voiceOf(record);
	const source = record.provenance ? index.sources.get(record.provenance.source) : undefined;
	return {
		id: record.id,
		kind: record.kind,
		source: record.provenance?.source ?? null,
		sourceTitle: source?.title ?? null,
		sourceOutlet: source?.outlet ?? null,
		paragraph: record.provenance?.paragraph ?? null,
		text: record.text,
		speaker: voice?.name ?? null,
		role: voice?.role ?? (record.kind === 'actor' ? record.actor.role : null),
		note,
		pinnedAt: now.toISOString(),
	};
}

/** Pin a record, or, if it is pinned already, update its note (undefined keeps it) in place. */
export function pinRecord(data: StoreData, name: string, pin: Pin, note: string | undefined): 'pinned' | 'updated' {
	const briefing = (data.briefings[name] ??= {pins: []});
	const existing = briefing.pins.find(candidate => candidate.id === pin.id);
	if (existing) {
		if (note !== undefined) {
			existing.note = note;
		}

		return 'updated';
	}

	briefing.pins.push({...pin, note: note ?? null});
	return 'pinned';
}

export function unpinRecord(data: StoreData, name: string, id: string): boolean {
	const briefing = data.briefings[name];
	const before = briefing?.pins.length ?? 0;
	if (briefing) {
		briefing.pins = briefing.pins.filter(pin => pin.id !== id);
	}

	return (briefing?.pins.length ?? 0) < before;
}

export function briefingEntries(index: CorpusIndex, pins: Pin[]): BriefingEntry[] {
	return pins.map(pin => {
		const record = index.byId.get(pin.id) ?? null;
		return {pin, record, stale: record === null};
	});
}

/** Move a pin up (negative) or down (positive) in its briefing; false when it cannot move. */
export function movePin(data: StoreData, name: string, id: string, delta: number): boolean {
	const pins = data.briefings[name]?.pins;
	const from = pins?.findIndex(pin => pin.id === id) ?? -1;
	const to = from + delta;
	if (!pins || from === -1 || to < 0 || to >= pins.length) {
		return false;
	}

	const [moved] = pins.splice(from, 1);
	pins.splice(to, 0, moved!);
	return true;
}

/** Put a pin back where it was (for undo): at `position`, with its note; false when it is pinned already. */
export function restorePin(data: StoreData, name: string, pin: Pin, position: number): boolean {
	const briefing = (data.briefings[name] ??= {pins: []});
	if (briefing.pins.some(candidate => candidate.id === pin.id)) {
		return false;
	}

	briefing.pins.splice(Math.max(0, Math.min(position, briefing.pins.length)), 0, pin);
	return true;
}

import {useEffect, useLayoutEffect, useState, useSyncExternalStore} from 'react';
import type {CorpusIndex} from '../../core/records.js';
import {LiveSearch, wantedKey, type SearchSnapshot, type Wanted} from '../state/live-search.js';

/**
 * The search the App owns: one LiveSearch per corpus, asked for the wanted
 * query and filters after each frame, read through useSyncExternalStore.
 */
export function useLiveSearch(index: CorpusIndex, wanted: Wanted): {live: LiveSearch; results: SearchSnapshot} {
	const [live, setLive] = useState(() => new LiveSearch(index, wanted));
	if (live.index !== index) {
		// A new corpus (another process changed it): a new search over it, starting with what is wanted now.
		setLive(new LiveSearch(index, wanted));
	}

	useEffect(() => {
		live.prepare();
		return () => {
			live.stop();
		};
	}, [live]);

	const key = wantedKey(wanted);
	useLayoutEffect(() => {
		live.request(wanted);
		// `key` stands for `wanted`, which is a new object on every render.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [live, key]);

	return {live, results: useSyncExternalStore(live.subscribe, live.getSnapshot)};
}

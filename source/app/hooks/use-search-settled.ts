import {useEffect, useState} from 'react';
import type {CorpusIndex} from '../../core/records.js';
import {liveSearchFor} from '../state/results.js';

/** Starts making the search index after the first frame. Returns a number that changes whenever a search that went on in the background finishes: a dependency for what shows its results. */
export function useSearchSettled(index: CorpusIndex): number {
	const [settled, setSettled] = useState(0);
	useEffect(() => {
		const live = liveSearchFor(index);
		live.prepare();
		return live.onSettled(() => {
			setSettled(count => count + 1);
		});
	}, [index]);
	return settled;
}

import {loadYoga} from 'yoga-layout/load';

/**
 * `yoga-layout` for Ink, in the app's bundle (scripts/build.js): the same
 * Yoga, through its public `yoga-layout/load`, loaded without fetch().
 * Yoga's loader fetches its own inlined binary (a data: URL) whenever a global
 * fetch exists, and Node's first fetch() loads undici, some 45 ms on an idle
 * machine, on the way to the app's first frame. With no fetch to find, the
 * loader decodes the binary itself. It looks for fetch synchronously, inside
 * the call, so fetch is hidden for that call only and put back before anything
 * else runs. Should a later Yoga look later, it only uses fetch again: slower,
 * never broken.
 */
function loadYogaWithoutFetch() {
	const withFetch = globalThis as {fetch: unknown};
	const {fetch} = withFetch;
	withFetch.fetch = undefined;
	try {
		return loadYoga();
	} finally {
		withFetch.fetch = fetch;
	}
}

const Yoga = await loadYogaWithoutFetch();

export default Yoga;
export * from 'yoga-layout/load';

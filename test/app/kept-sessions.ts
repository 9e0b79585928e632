import {after} from 'node:test';
import {renderApp, type Session} from './render-app.js';

/** Sessions opened by a test file, each unmounted when its tests end. */
const opened = new Set<Session>();
after(() => {
	for (const session of opened) {
		session.unmount();
	}
});

/** Keep a session to unmount at the end. */
export function keep(session: Session): Session {
	opened.add(session);
	return session;
}

/** The app rendered (see renderApp), unmounted when the file's tests end. */
export async function open(options?: Parameters<typeof renderApp>[0]): Promise<Session> {
	return keep(await renderApp(options));
}

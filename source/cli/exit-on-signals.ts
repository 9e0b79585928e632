const exitCodes = {SIGINT: 130, SIGTERM: 143} as const;

function exitForSignal(signal: NodeJS.Signals) {
	process.exit(exitCodes[signal as keyof typeof exitCodes] ?? 1);
}

/**
 * From here on, SIGINT and SIGTERM end the process with 130 or 143 as soon as
 * JavaScript can act on them. A command calls this just before it locks a
 * shared file: its locked work and writes are synchronous, so a signal is
 * acted on only between them, never with a temporary file half-written or
 * a lock about to be released. Before then (reading, extracting) the signals
 * keep their default action and end the process at once, with nothing held.
 */
export function exitOnSignals() {
	for (const signal of Object.keys(exitCodes) as NodeJS.Signals[]) {
		if (!process.listeners(signal).includes(exitForSignal)) {
			process.on(signal, exitForSignal);
		}
	}
}

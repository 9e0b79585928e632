type Stream = {write(text: string): unknown};

/** The process as far as a terminal mode needs it: exit and signal events, and raising a signal again. */
export type ProcessEvents = {
	once(event: 'exit' | NodeJS.Signals, listener: (signal?: NodeJS.Signals) => void): unknown;
	off(event: 'exit' | NodeJS.Signals, listener: (signal?: NodeJS.Signals) => void): unknown;
	kill(pid: number, signal: NodeJS.Signals): unknown;
	pid: number;
};

const signals: NodeJS.Signals[] = ['SIGTERM', 'SIGHUP', 'SIGINT'];

/**
 * Put the terminal in a mode (the alternate screen, mouse reports) and make
 * sure it is taken out again however the process ends: the returned function
 * on a normal exit, and otherwise on the process's exit (a crash) or a
 * terminating signal, which is then raised again. Writes the ending once.
 */
export function holdTerminalMode(stream: Stream, start: string, end: string, events: ProcessEvents = process): () => void {
	let held = true;
	const release = () => {
		if (held) {
			held = false;
			stream.write(end);
		}
	};

	const onSignal = (signal?: NodeJS.Signals) => {
		release();
		stopListening();
		events.kill(events.pid, signal ?? 'SIGTERM');
	};

	const stopListening = () => {
		events.off('exit', release);
		for (const signal of signals) {
			events.off(signal, onSignal);
		}
	};

	stream.write(start);
	events.once('exit', release);
	for (const signal of signals) {
		events.once(signal, onSignal);
	}

	return () => {
		release();
		stopListening();
	};
}

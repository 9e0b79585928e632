/**
 * Text saved as UTF-16 (Windows' "Unicode"), told by its byte-order mark:
 * its text, or undefined when the bytes do not start with one.
 */
export function utf16Text(bytes: Uint8Array): string | undefined {
	const encoding = bytes[0] === 0xFF && bytes[1] === 0xFE ? 'utf-16le' : bytes[0] === 0xFE && bytes[1] === 0xFF ? 'utf-16be' : undefined;
	return encoding === undefined ? undefined : new TextDecoder(encoding).decode(bytes.subarray(2));
}

/** Whether bytes with NULs look like UTF-16 saved without a byte-order mark: mostly Latin text, every other byte NUL. */
export function looksLikeUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
	const sample = bytes.subarray(0, 4096);
	let evenNuls = 0;
	let oddNuls = 0;
	for (let index = 0; index < sample.length; index++) {
		if (sample[index] === 0) {
			if (index % 2 === 0) {
				evenNuls++;
			} else {
				oddNuls++;
			}
		}
	}

	const half = sample.length / 2;
	return oddNuls > half * 0.6 && evenNuls < half * 0.1 ? 'utf-16le' : evenNuls > half * 0.6 && oddNuls < half * 0.1 ? 'utf-16be' : undefined;
}

/** The advice given for UTF-16 text brief cannot read as it is. */
export function utf16Advice(name: string, encoding: string): string {
	return `${name} is ${encoding.toUpperCase()} text without a byte-order mark; convert it first, e.g. iconv -f ${encoding.toUpperCase()} -t UTF-8 ${name} > article.txt`;
}

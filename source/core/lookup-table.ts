/**
 * Tables looked up by untrusted words (an article's, a command line's, a
 * store's keys): with no prototype, "constructor" or "toString" finds nothing
 * instead of one of Object's own members.
 */

/** A fixed table, as a lexicon's. */
export function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
	return Object.freeze(withoutPrototype(entries));
}

/** The same entries in an object with no prototype, own keys defined as they are (a key "__proto__" stays a key). */
export function withoutPrototype<T>(entries: Record<string, T>): Record<string, T> {
	return Object.setPrototypeOf(Object.fromEntries(Object.entries(entries)), null) as Record<string, T>;
}

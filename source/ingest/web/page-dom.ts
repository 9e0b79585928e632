/**
 * The little of the DOM that reading a page uses, typed here because brief
 * compiles without the browser's DOM types (it runs on Node; linkedom supplies the objects).
 */
export type PageElement = {
	readonly tagName: string;
	readonly children: ArrayLike<PageElement>;
	readonly textContent: string | null;
	readonly isConnected: boolean;
	readonly parentElement: PageElement | null;
	getAttribute(name: string): string | null;
	querySelector(selectors: string): PageElement | null;
	querySelectorAll(selectors: string): ArrayLike<PageElement> & Iterable<PageElement>;
	closest(selectors: string): PageElement | null;
	remove(): void;
};

export type PageDocument = PageElement & {
	readonly body: PageElement | null;
	readonly documentElement: PageElement;
};

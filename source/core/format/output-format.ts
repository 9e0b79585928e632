export const outputFormats = ['text', 'json', 'tsv', 'md'] as const;
export type OutputFormat = (typeof outputFormats)[number];

import {setFlagsFromString} from 'node:v8';

/**
 * Ingest runs a few hundred regular expressions, most of them long
 * alternations built from the lexicon, and most only over one article. V8
 * first compiles each to bytecode and, once it has run, again to machine code
 * ("tier-up"); compiling each straight to machine code takes about a fifth off
 * the CPU time of ingesting the seed article (1.45 → 1.23 s, six runs each
 * alternating, `node --no-regexp-tier-up` beside plain `node`). The flag only
 * changes how V8 compiles a pattern, never what it matches; it is set before
 * any of ingest's modules runs a pattern (this module is the ingest bundle's
 * first import).
 */
setFlagsFromString('--no-regexp-tier-up');

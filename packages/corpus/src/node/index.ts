// @papergraph/corpus/node: reading files, directories and stdin. Everything pure lives in
// `@papergraph/corpus`; the helpers the CLI needs beside readCorpus are re-exported here.
export { readCorpus, STDIN_NAME } from './read-corpus';
export type { ReadCorpusOptions } from './read-corpus';
export { IGNORE_MARKER } from './list-inputs';
export { formatReject, summarize } from '../reject';
export { CorpusError } from '../errors';

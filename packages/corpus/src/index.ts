// @papergraph/corpus: the pure input readers (no Node APIs, so the explorer's Web Worker can
// use them). Files, directories and stdin are read by `@papergraph/corpus/node`.
export { parseFile, baseName } from './parse-file';
export { detectFormat } from './formats/detect-format';
export { mergeRecords } from './merge-records';
export { normalizeTitle, titleId } from './paper-id';
export { toIsoDate } from './dates';
export { formatReject, summarize } from './reject';
export { CorpusError } from './errors';
export type { CorpusErrorCode } from './errors';
export type {
  Appearance,
  Corpus,
  InputFormat,
  PaperRecord,
  ParsedFile,
  ParseOptions,
  Reject,
  RejectCode,
} from './types';

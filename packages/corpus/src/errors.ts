// The error the corpus package throws: a class with a typed `code`, so callers and tests act on
// the kind of failure rather than its wording. Bad records are not errors: they are rejects.
import type { Reject } from './types';

export type CorpusErrorCode =
  | 'INVALID_OPTION' // an option of readCorpus or parseFile has the wrong type or range
  | 'REJECTS'; // `strict: true` and at least one record or file was rejected

export class CorpusError extends Error {
  override readonly name = 'CorpusError';
  readonly code: CorpusErrorCode;
  /** The rejects behind a `REJECTS` error, in input order. */
  readonly rejects: Reject[];

  constructor(code: CorpusErrorCode, message: string, rejects: Reject[] = []) {
    super(message);
    this.code = code;
    this.rejects = rejects;
  }
}

// The explorer's error class: a stable `code` for tests and callers, and a message that
// names the function, the input and the fix.
export type ExplorerErrorCode =
  'FETCH_FAILED' | 'NOT_A_GRAPH' | 'EMPTY_INPUT' | 'PIPELINE_FAILED' | 'NO_WEBGL';

export class ExplorerError extends Error {
  override name = 'ExplorerError';
  constructor(
    readonly code: ExplorerErrorCode,
    message: string,
  ) {
    super(message);
  }
}

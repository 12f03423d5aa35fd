// Errors thrown by the graph package's public entry points. Each carries a `code` so callers
// (the CLI, the explorer) can branch on it; messages name the function and the fix.

export type GraphErrorCode =
  'INVALID_OPTION' | 'INVALID_JSON' | 'UNKNOWN_NODE' | 'NOT_A_DATASET' | 'INVALID_DATE';

export class GraphError extends Error {
  override name = 'GraphError';
  constructor(
    readonly code: GraphErrorCode,
    message: string,
  ) {
    super(message);
  }
}

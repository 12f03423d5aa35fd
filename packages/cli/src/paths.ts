// Default locations, in one place. All relative to the working directory.

/** Where `papergraph build` writes when no `--out` is given. */
export const DEFAULT_BUILD_DIR = '.papergraph/build';
/** The graph a query, export or serve reads when no `--graph` is given. */
export const DEFAULT_GRAPH_FILE = `${DEFAULT_BUILD_DIR}/graph.json`;
/** The bundled corpus, read when a command gets no inputs. */
export const DEFAULT_INPUTS = ['data'];
/** Extraction cache keyed by content hash (incremental builds). */
export const CACHE_DIR = '.papergraph/cache';

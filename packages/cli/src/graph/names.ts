// Names typed on the command line → node ids, through the graph package's forgiving resolver.
// An unknown name is a CliError (exit 1) listing "did you mean …" suggestions.
import { resolveNode, type NodeKind, type PaperGraph } from '@papergraph/graph';
import { CliError } from '../command';

export function resolveName(graph: PaperGraph, name: string, kind?: NodeKind): string {
  const result = resolveNode(graph, name, kind === undefined ? {} : { kind });
  if ('id' in result) return result.id;
  const what = kind === undefined ? 'node' : kind;
  const hint =
    result.suggestions.length > 0
      ? ` Did you mean: ${result.suggestions.map((s) => `${truncate(s.label, 60)} (${s.id})`).join(', ')}?`
      : ' Check the spelling, or list names with "papergraph query neighbors".';
  throw new CliError(`no ${what} named "${name}".${hint}`, 'UNKNOWN_NAME');
}

export function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

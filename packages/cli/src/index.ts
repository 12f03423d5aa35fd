// The papergraph CLI as a library: run it in-process (tests) or through bin.ts.
export { main, COMMANDS } from './main';
export { CliError, UsageError } from './command';
export type { Command, CommandContext } from './command';

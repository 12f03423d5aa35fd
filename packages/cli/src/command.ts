// The shape every `papergraph` sub-command has, and the errors that map to exit codes.
// `bin.ts` dispatches to commands; each command parses its own flags with `parseArgs`.
import type { Readable, Writable } from 'node:stream';

export interface CommandContext {
  stdout: Writable;
  stderr: Writable;
  stdin: Readable;
  /** Where relative paths resolve (the repo root when run through `pnpm papergraph`). */
  cwd: string;
  /** True when stderr is a terminal: progress bars are drawn only then. */
  interactive: boolean;
}

export interface Command {
  name: string;
  /** One line for `papergraph --help`. */
  summary: string;
  /** The full `--help` text of the command. */
  usage: string;
  /** Returns the exit code: 0 ok, 1 error. Throw `UsageError` for bad flags (exit 2). */
  run(args: string[], ctx: CommandContext): Promise<number>;
}

/** Bad command line: exit code 2, and the command's usage is shown. */
export class UsageError extends Error {
  readonly code = 'USAGE';
  override name = 'UsageError';
}

/** A failure the user can fix (missing file, unknown name): exit code 1, message only. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly code: string = 'CLI_ERROR',
  ) {
    super(message);
  }
}

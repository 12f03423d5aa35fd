// The `papergraph` command: dispatches to sub-commands and maps errors to exit codes
// (0 ok, 1 error, 2 usage). In-process so that tests can run it without spawning.
import { CliError, UsageError, type Command, type CommandContext } from './command';
import { buildCommand } from './commands/build';
import { exportCommand } from './commands/export';
import { extractCommand } from './commands/extract';
import { queryCommand } from './commands/query';
import { serveCommand } from './commands/serve';

export const COMMANDS: readonly Command[] = [
  extractCommand,
  buildCommand,
  queryCommand,
  exportCommand,
  serveCommand,
];

export const MAIN_USAGE = `papergraph — turn ML paper abstracts into a knowledge graph you can explore

Usage: papergraph <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(9)} ${c.summary}`).join('\n')}

Run "papergraph <command> --help" for a command's options.
Exit codes: 0 ok, 1 error, 2 bad usage.`;

export async function main(argv: string[], ctx: CommandContext): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? ctx.stderr : ctx.stdout).write(MAIN_USAGE + '\n');
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    ctx.stderr.write(`papergraph: unknown command "${name}"\n\n${MAIN_USAGE}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    ctx.stdout.write(command.usage + '\n');
    return 0;
  }
  try {
    return await command.run(rest, ctx);
  } catch (error) {
    if (error instanceof UsageError) {
      ctx.stderr.write(`papergraph ${command.name}: ${error.message}\n\n${command.usage}\n`);
      return 2;
    }
    if (error instanceof CliError) {
      ctx.stderr.write(`papergraph ${command.name}: ${error.message}\n`);
      return 1;
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    ctx.stderr.write(`papergraph ${command.name}: unexpected error: ${message}\n`);
    return 1;
  }
}

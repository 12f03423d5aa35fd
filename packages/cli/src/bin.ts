// Entry point of the `papergraph` command (`pnpm papergraph …` from the repo root).
import { main } from './main';

// pnpm runs scripts from the package root; INIT_CWD is where the user typed the command.
const cwd = process.env.INIT_CWD ?? process.cwd();

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // `papergraph extract | head` closes the pipe early: that is not an error.
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd,
  interactive: Boolean(process.stderr.isTTY),
});
process.exitCode = code;

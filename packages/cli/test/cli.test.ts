// The papergraph command's shell: help, usage errors and exit codes.
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

describe('papergraph', () => {
  it.each([
    { argv: ['--help'], code: 0, stream: 'stdout', text: 'Commands:' },
    { argv: [], code: 2, stream: 'stderr', text: 'Usage: papergraph' },
    { argv: ['frobnicate'], code: 2, stream: 'stderr', text: 'unknown command "frobnicate"' },
    { argv: ['extract', '--help'], code: 0, stream: 'stdout', text: 'Usage: papergraph extract' },
    { argv: ['serve', '--help'], code: 0, stream: 'stdout', text: '--port' },
    {
      argv: ['extract', '--no-such-flag'],
      code: 2,
      stream: 'stderr',
      text: 'Usage: papergraph extract',
    },
    {
      argv: ['extract', '--year', 'soon'],
      code: 2,
      stream: 'stderr',
      text: '--year takes a whole number',
    },
  ] as const)('$argv exits $code', async ({ argv, code, stream, text }) => {
    const run = await runCli([...argv]);
    expect(run.code).toBe(code);
    expect(run[stream]).toContain(text);
  });

  it('lists every command in the main help', async () => {
    const { stdout } = await runCli(['--help']);
    for (const name of ['extract', 'build', 'query', 'export', 'serve']) {
      expect(stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
  });
});

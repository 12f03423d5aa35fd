// Placeholder: being written (issue 4).
import { CliError, type Command } from '../command';

export const buildCommand: Command = {
  name: 'build',
  summary: '(not ready yet)',
  usage: 'papergraph build — not ready yet',
  run() {
    return Promise.reject(new CliError('papergraph build is not ready yet'));
  },
};

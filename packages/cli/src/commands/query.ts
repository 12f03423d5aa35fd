// Placeholder: being written (issue 4).
import { CliError, type Command } from '../command';

export const queryCommand: Command = {
  name: 'query',
  summary: '(not ready yet)',
  usage: 'papergraph query — not ready yet',
  run() {
    return Promise.reject(new CliError('papergraph query is not ready yet'));
  },
};

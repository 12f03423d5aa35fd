// Placeholder: being written (issue 4).
import { CliError, type Command } from '../command';

export const exportCommand: Command = {
  name: 'export',
  summary: '(not ready yet)',
  usage: 'papergraph export — not ready yet',
  run() {
    return Promise.reject(new CliError('papergraph export is not ready yet'));
  },
};

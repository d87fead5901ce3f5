#!/usr/bin/env node
// The `pyex` command: parses the command line and dispatches to one subcommand module each.
// Subcommands live beside this file (ast-command.ts, tokens-command.ts, run-command.ts, ...).

import { argv, exit } from 'node:process';

const USAGE = `usage: pyex <command> [options]

commands:
  tokens FILE          print the token stream like python3 -m tokenize
  ast FILE | -c CODE   print the AST like ast.dump
`;

/** Entry point of the `pyex` command; returns the process exit status. */
export async function main(args: string[]): Promise<number> {
  const [command] = args;
  if (command === undefined || command === '-h' || command === '--help') {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  process.stderr.write(`pyex: unknown command '${command}'\n${USAGE}`);
  return 2;
}

exit(await main(argv.slice(2)));

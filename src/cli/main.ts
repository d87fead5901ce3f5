#!/usr/bin/env node
// The `pyex` command: parses the command line and dispatches to one subcommand module each.
// Each subcommand lives beside this file as `<name>-command.ts` exporting `runCommand(args)`.

import { argv, exit } from 'node:process';

const USAGE = `usage: pyex <command> [options]

commands:
  run FILE [args]      run a Python program (also: pyex FILE, pyex -c CODE, pyex - < FILE)
  repl                 interactive session (also: pyex alone on a terminal)
  tokens FILE          print the token stream like python3 -m tokenize
  ast FILE | -c CODE   print the AST like ast.dump (--indent N, --attributes)
  dis FILE             print the bytecode
`;

/** A subcommand: takes the arguments after its name and returns the exit status. */
type CommandModule = { runCommand(args: string[]): Promise<number> };

const COMMANDS: ReadonlyMap<string, () => Promise<CommandModule>> = new Map([
  ['tokens', () => import('./tokens-command.js')],
  ['ast', () => import('./ast-command.js')],
  ['dis', () => import('./dis-command.js')],
  ['run', () => import('./run-command.js')],
  ['repl', () => import('./repl-command.js')],
]);

/** Entry point of the `pyex` command; returns the process exit status. */
export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined) {
    // Like python3: interactive on a terminal, otherwise the program comes from stdin.
    if (process.stdin.isTTY) return (await import('./repl-command.js')).runCommand([]);
    const runModule = await import('./run-command.js');
    return runModule.runCommand([runModule.STDIN_WITHOUT_DASH]);
  }
  if (command === '-h' || command === '--help') {
    process.stdout.write(USAGE);
    return 0;
  }
  const load = COMMANDS.get(command);
  if (load !== undefined) return (await load()).runCommand(rest);
  // `pyex FILE ...` and `pyex -c CODE` mean `pyex run ...`.
  if (command === '-c' || command === '-' || !command.startsWith('-')) {
    return (await import('./run-command.js')).runCommand(args);
  }
  process.stderr.write(`pyex: unknown option '${command}'\n${USAGE}`);
  return 2;
}

exit(await main(argv.slice(2)));

// `pyex ast`: not built yet; its owner replaces this file.

/** Runs `pyex ast` with the arguments after the command name; returns the exit status. */
export async function runCommand(_args: string[]): Promise<number> {
  process.stderr.write('pyex ast: not implemented yet\n');
  return 2;
}

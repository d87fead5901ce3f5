// `pyex run`: not built yet; its owner replaces this file.

/** Runs `pyex run` with the arguments after the command name; returns the exit status. */
export async function runCommand(_args: string[]): Promise<number> {
  process.stderr.write('pyex run: not implemented yet\n');
  return 2;
}

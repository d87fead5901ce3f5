// `pyex dis`: not built yet; its owner replaces this file.

/** Runs `pyex dis` with the arguments after the command name; returns the exit status. */
export async function runCommand(_args: string[]): Promise<number> {
  process.stderr.write('pyex dis: not implemented yet\n');
  return 2;
}

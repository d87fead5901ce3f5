// `pyex run FILE [args]`, `pyex FILE [args]` and `pyex -c CODE [args]`: runs a program like python3,
// with stdout/stderr on the process streams, a Node-backed file source for imports, and the exit status.

import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { run } from '../api/run.js';
import { decodeSource } from '../parser/source-encoding.js';
import type { FileSource } from '../vm/import-system.js';

const USAGE = 'usage: pyex run FILE [args...] | pyex -c CODE [args...]\n';

/** Reads `.py` files from the host filesystem (the CLI only; the library never touches node:fs). */
class NodeFileSource implements FileSource {
  readText(path: string): string | null {
    try {
      return decodeSource(readFileSync(path), path).text;
    } catch {
      return null;
    }
  }

  isDirectory(path: string): boolean {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  }
}

/** Buffers stdout so many small prints become few writes; flushed before stderr output and at exit. */
class BufferedStdout {
  private chunks: string[] = [];
  private size = 0;

  write(text: string): void {
    this.chunks.push(text);
    this.size += text.length;
    if (this.size > 1 << 16) this.flush();
  }

  flush(): void {
    if (this.chunks.length === 0) return;
    process.stdout.write(this.chunks.join(''));
    this.chunks = [];
    this.size = 0;
  }
}

/** Runs `pyex run` with the arguments after the command name; returns the exit status. */
export async function runCommand(args: string[]): Promise<number> {
  let source: string;
  let filename: string;
  let argv: string[];
  let path: string[];
  if (args[0] === '-c') {
    if (args.length < 2) {
      process.stderr.write(`Argument expected for the -c option\n${USAGE}`);
      return 2;
    }
    source = args[1]!;
    filename = '<string>';
    argv = ['-c', ...args.slice(2)];
    path = [''];
  } else {
    const file = args[0];
    if (file === undefined) {
      process.stderr.write(USAGE);
      return 2;
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch {
      process.stderr.write(
        `python3: can't open file '${file}': [Errno 2] No such file or directory\n`,
      );
      return 2;
    }
    try {
      source = decodeSource(bytes, file).text;
    } catch (error) {
      process.stderr.write(`${(error as Error).message}\n`);
      return 1;
    }
    // CPython 3.9+ makes the script path absolute (co_filename, __file__); argv[0] stays as given.
    filename = resolve(file);
    argv = args.slice();
    path = [dirname(filename)];
  }
  const stdout = new BufferedStdout();
  let stdin = '';
  if (!process.stdin.isTTY) {
    try {
      stdin = readFileSync(0, 'utf8');
    } catch {
      stdin = '';
    }
  }
  const result = run(source, {
    filename,
    argv,
    path,
    files: new NodeFileSource(),
    stdin,
    stdout: (text) => stdout.write(text),
    stderr: (text) => {
      stdout.flush();
      process.stderr.write(text);
    },
  });
  stdout.flush();
  return result.exitCode;
}

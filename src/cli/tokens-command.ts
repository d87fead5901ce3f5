// `pyex tokens FILE`: prints the file's tokens like `python3 -m tokenize FILE` (Python 3.11 view:
// one STRING per f-string), or the syntax error like CPython prints it. `--fstrings=split` shows
// the Python 3.12 f-string tokens the parser gets instead.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { decodeSource } from '../parser/source-encoding.js';
import { formatSyntaxError } from '../parser/syntax-error-format.js';
import { PySyntaxError } from '../parser/syntax-errors.js';
import { dumpTokens } from '../parser/token-dump.js';
import { tokenize } from '../parser/tokenizer.js';

const USAGE = 'usage: pyex tokens [--fstrings=whole|split] FILE\n';

/** Runs `pyex tokens` with the arguments after the command name; returns the exit status. */
export async function runCommand(args: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(args);
  } catch (error) {
    process.stderr.write(`pyex tokens: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const fstrings = values.fstrings ?? 'whole';
  if (positionals.length !== 1 || (fstrings !== 'whole' && fstrings !== 'split')) {
    process.stderr.write(USAGE);
    return 2;
  }
  const filename = positionals[0]!;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(filename);
  } catch (error) {
    process.stderr.write(`pyex tokens: cannot read ${filename}: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    const { text, encoding } = decodeSource(bytes, filename);
    const tokens = tokenize(text, { view: 'tokenize-module', fstrings, fromFile: true });
    process.stdout.write(dumpTokens(tokens, encoding));
    return 0;
  } catch (error) {
    if (!(error instanceof PySyntaxError)) throw error;
    process.stderr.write(formatSyntaxError(error, filename));
    return 1;
  }
}

function parseOptions(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: { fstrings: { type: 'string' } },
  });
}

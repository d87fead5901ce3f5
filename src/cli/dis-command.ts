// `pyex dis FILE` and `pyex dis -c CODE`: compiles the source and prints the bytecode listing of
// the module and every nested code object (compiler/dis.ts), or the syntax error as CPython does.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compile } from '../compiler/compile.js';
import { disassemble } from '../compiler/dis.js';
import { parse } from '../parser/parser.js';
import { decodeSource } from '../parser/source-encoding.js';
import { formatSyntaxError } from '../parser/syntax-error-format.js';
import { PySyntaxError } from '../parser/syntax-errors.js';

const USAGE = 'usage: pyex dis FILE | pyex dis -c CODE\n';

/** Runs `pyex dis` with the arguments after the command name; returns the exit status. */
export async function runCommand(args: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(args);
  } catch (error) {
    process.stderr.write(`pyex dis: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  let source: string;
  let filename: string;
  if (values.c !== undefined) {
    if (positionals.length !== 0) {
      process.stderr.write(USAGE);
      return 2;
    }
    source = values.c;
    filename = '<string>';
  } else {
    if (positionals.length !== 1) {
      process.stderr.write(USAGE);
      return 2;
    }
    filename = positionals[0]!;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(filename);
    } catch (error) {
      process.stderr.write(`pyex dis: cannot read ${filename}: ${(error as Error).message}\n`);
      return 1;
    }
    try {
      source = decodeSource(bytes, filename).text;
    } catch (error) {
      if (!(error instanceof PySyntaxError)) throw error;
      process.stderr.write(formatSyntaxError(error, filename));
      return 1;
    }
  }
  try {
    process.stdout.write(
      disassemble(compile(parse(source, filename), filename, 'exec', { source })),
    );
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
    options: { c: { type: 'string', short: 'c' } },
  });
}

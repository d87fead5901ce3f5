// `pyex ast FILE` / `pyex ast -c CODE`: prints the module's AST like CPython's `ast.dump` (one
// line, or `--indent N`; `--attributes` adds positions), or the syntax error like CPython prints it.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dumpAst } from '../parser/ast-dump.js';
import { parse } from '../parser/parser.js';
import { decodeSource } from '../parser/source-encoding.js';
import { formatSyntaxError } from '../parser/syntax-error-format.js';
import { PySyntaxError } from '../parser/syntax-errors.js';

const USAGE = 'usage: pyex ast [--indent N] [--attributes] (FILE | -c CODE)\n';

/** Runs `pyex ast` with the arguments after the command name; returns the exit status. */
export async function runCommand(args: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(args);
  } catch (error) {
    process.stderr.write(`pyex ast: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const code = values.c;
  if ((code === undefined) === (positionals.length !== 1) || positionals.length > 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  let indent: number | null = null;
  if (values.indent !== undefined) {
    indent = Number(values.indent);
    if (!Number.isInteger(indent) || indent < 0) {
      process.stderr.write(`pyex ast: --indent takes a non-negative integer\n${USAGE}`);
      return 2;
    }
  }
  const filename = code === undefined ? positionals[0]! : '<string>';
  let source: string;
  try {
    if (code !== undefined) {
      source = code;
    } else {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(filename);
      } catch (error) {
        process.stderr.write(`pyex ast: cannot read ${filename}: ${(error as Error).message}\n`);
        return 1;
      }
      source = decodeSource(bytes, filename).text;
    }
    const tree = parse(source, filename);
    const text = dumpAst(tree, { indent, includeAttributes: values.attributes === true });
    process.stdout.write(`${text}\n`);
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
    options: {
      c: { type: 'string', short: 'c' },
      indent: { type: 'string' },
      attributes: { type: 'boolean', short: 'a' },
    },
  });
}

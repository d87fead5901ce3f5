#!/usr/bin/env node
// AST parity with CPython: parses every .py file under DIR with Pyex and with python3, compares
// `ast.dump(tree, include_attributes=True)` (or the SyntaxError), and reports the differences.
// Usage: npm run parity:ast -- DIR [--limit N] [--quiet]   (builds dist/ first)
//
// Normalisations (each one a real 3.11/3.12 difference, nothing else is normalised):
// - Pyex's AST has 3.12's `type_params` field; it is dumped in 3.11 style (an empty
//   `type_params` is left out, as 3.11 has no such field) via dumpAst's `python311` option.
// - Files are decoded by each side's own decoder (Pyex: decodeSource; CPython: ast.parse of the
//   bytes); a file either side cannot decode counts as rejected by that side.

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');

/** The CPython side: reads paths on stdin, prints one JSON line per file. */
const ORACLE = String.raw`
import ast, hashlib, json, sys, warnings
warnings.simplefilter('ignore')
full = sys.argv[1] == 'full'
for line in sys.stdin:
    path = line.rstrip('\n')
    try:
        with open(path, 'rb') as f:
            data = f.read()
        tree = ast.parse(data, filename=path)
        text = ast.dump(tree, include_attributes=True)
        out = {'ok': True, 'dump': text} if full else {'ok': True, 'hash': hashlib.sha1(text.encode('utf-8', 'surrogatepass')).hexdigest()}
    except SyntaxError as e:
        out = {'ok': False, 'error': [type(e).__name__, e.msg, e.lineno, e.offset]}
    except (ValueError, UnicodeError, MemoryError, RecursionError) as e:
        out = {'ok': False, 'error': [type(e).__name__, str(e), None, None]}
    sys.stdout.write(json.dumps(out) + '\n')
    sys.stdout.flush()
`;

function parseArgs(argv) {
  const args = { dir: null, limit: Infinity, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--limit') args.limit = Number(argv[++i]);
    else if (a === '--quiet') args.quiet = true;
    else args.dir = a;
  }
  if (args.dir === null) {
    process.stderr.write('usage: npm run parity:ast -- DIR [--limit N] [--quiet]\n');
    process.exit(2);
  }
  return args;
}

function listPythonFiles(dir) {
  const out = [];
  const walk = (d) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.py')) out.push(path);
      else if (entry.isSymbolicLink()) {
        try {
          if (statSync(path).isFile() && entry.name.endsWith('.py')) out.push(path);
        } catch {
          // dangling link
        }
      }
    }
  };
  walk(dir);
  return out;
}

/** Runs the oracle over `paths`, calling `onResult(index, result)` for each line in order. */
function runOracle(paths, mode, onResult) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('python3', ['-c', ORACLE, mode], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout });
    let index = 0;
    lines.on('line', (line) => onResult(index++, JSON.parse(line)));
    child.on('error', reject);
    child.on('close', () => resolvePromise());
    child.stdin.end(`${paths.join('\n')}\n`);
  });
}

function sha1(text) {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 80);
  return `    cpython: …${a.slice(from, i + 100)}\n    pyex:    …${b.slice(from, i + 100)}`;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  // Build dist/ (errors in unrelated files do not stop tsc from emitting).
  spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
  const { parse } = await import(join(root, 'dist/parser/parser.js'));
  const { dumpAst } = await import(join(root, 'dist/parser/ast-dump.js'));
  const { decodeSource } = await import(join(root, 'dist/parser/source-encoding.js'));
  const { PySyntaxError } = await import(join(root, 'dist/parser/syntax-errors.js'));

  const paths = listPythonFiles(resolve(args.dir)).slice(0, args.limit);
  const counts = {
    identical: 0,
    different: 0,
    rejectedBothSame: 0,
    rejectedBothDiffer: 0,
    rejectedByCPythonOnly: 0,
    rejectedByPyexOnly: 0,
  };
  const differing = [];
  const report = [];

  const pyex = (path) => {
    try {
      const text = decodeSource(new Uint8Array(readFileSync(path)), path).text;
      const dump = dumpAst(parse(text, path), { includeAttributes: true });
      return { ok: true, dump };
    } catch (error) {
      if (error instanceof PySyntaxError)
        return { ok: false, error: [error.type, error.msg, error.lineno, error.offset] };
      return { ok: false, error: ['InternalError', String(error?.stack ?? error), null, null] };
    }
  };

  const started = Date.now();
  await runOracle(paths, 'hash', (index, cpython) => {
    const path = paths[index];
    const ours = pyex(path);
    if (cpython.ok && ours.ok) {
      if (sha1(ours.dump) === cpython.hash) counts.identical++;
      else {
        counts.different++;
        differing.push({ path, dump: ours.dump });
      }
    } else if (!cpython.ok && !ours.ok) {
      if (JSON.stringify(cpython.error) === JSON.stringify(ours.error)) counts.rejectedBothSame++;
      else {
        counts.rejectedBothDiffer++;
        report.push(
          `DIFFERENT ERROR ${path}\n    cpython: ${JSON.stringify(cpython.error)}\n    pyex:    ${JSON.stringify(ours.error)}`,
        );
      }
    } else if (!cpython.ok) {
      counts.rejectedByCPythonOnly++;
      report.push(`ACCEPTED BY PYEX ONLY ${path}\n    cpython: ${JSON.stringify(cpython.error)}`);
    } else {
      counts.rejectedByPyexOnly++;
      report.push(`REJECTED BY PYEX ONLY ${path}\n    pyex:    ${JSON.stringify(ours.error)}`);
    }
    if (!args.quiet && (index + 1) % 1000 === 0)
      process.stderr.write(`  ${index + 1}/${paths.length} files\n`);
  });

  if (differing.length > 0) {
    await runOracle(
      differing.map((d) => d.path),
      'full',
      (index, cpython) => {
        const { path, dump } = differing[index];
        report.push(
          `DIFFERENT AST ${path}\n${cpython.ok ? firstDifference(cpython.dump, dump) : '    (cpython failed on re-read)'}`,
        );
      },
    );
  }

  for (const line of report) process.stdout.write(`${line}\n`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `\nAST parity over ${paths.length} files in ${seconds}s\n` +
      `  identical:                    ${counts.identical}\n` +
      `  different AST:                ${counts.different}\n` +
      `  rejected by both, same error: ${counts.rejectedBothSame}\n` +
      `  rejected by both, different:  ${counts.rejectedBothDiffer}\n` +
      `  rejected by CPython only:     ${counts.rejectedByCPythonOnly}\n` +
      `  rejected by Pyex only:        ${counts.rejectedByPyexOnly}\n`,
  );
  const mismatches =
    counts.different +
    counts.rejectedBothDiffer +
    counts.rejectedByCPythonOnly +
    counts.rejectedByPyexOnly;
  process.exit(mismatches === 0 ? 0 : 1);
}

await main();

// Seeded differential fuzzing of Pyex against CPython: generates random valid Python programs, runs
// them under python3 (one process, many programs) and under Pyex in-process, and prints every
// divergence with a minimised reproducer. The generator's breadth is documented in docs/testing.md.
//
// Usage: node scripts/fuzz-differential.mjs [--seed N] [--count N] [--only I] [--show I]
//          [--record FILE] [--max-report N] [--no-minimise] [--tree head|work]
//   --only I[,J…]  run just programs I, J… of the seed (each one's seed is derived from --seed and it)
//   --show I       print program I and exit
//   --record FILE  write the programs and CPython's output as JSON (the vitest replay corpus)
//   --tree         head (default): last commit plus the working tree's src/compiler, src/parser and
//                  src/vm/syntax-error.ts; work: as is

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

import { blocksToSource, generateProgram } from '../test/fuzz/program-generator.mjs';

// ---------------------------------------------------------------------------------------------
// Running: CPython in one process for a batch, Pyex in-process through the library's run().

const PY_DRIVER = `
import sys, json, io, contextlib, traceback, warnings, resource, signal, os, tempfile
warnings.simplefilter('ignore')
resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
class FuzzTimeout(BaseException):
    pass
def timeout(signum, frame):
    raise FuzzTimeout()
signal.signal(signal.SIGALRM, timeout)
sys.setrecursionlimit(1002)
progs = json.loads(sys.stdin.read())
# Objects allocated first move every later address: outputs that depend on addresses (the hash of
# a NaN or of a plain object orders a set) then differ between two runs with different padding.
padding = [(i + 0.5, object(), [i], {i}) for i in range(int(sys.argv[1]))]
# Each program is also written to a file, so the interpreter's own traceback printer shows its
# lines and carets (as Pyex's does); the file's path is then written as <fuzz>.
fd, path = tempfile.mkstemp(suffix='.py', prefix='pyex-fuzz-')
os.close(fd)
out = []
for src in progs:
    with open(path, 'w', encoding='utf-8') as file:
        file.write(src)
    buf = io.StringIO()
    g = {'__name__': '__main__', '__builtins__': __builtins__}
    try:
        signal.alarm(5)
        with contextlib.redirect_stdout(buf):
            exec(compile(src, path, 'exec'), g)
    except BaseException as e:
        if isinstance(e, FuzzTimeout): buf.write('TIMEOUT\\n')
        # The whole traceback (suggestions included) without the driver's own frame.
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            e.__traceback__ = e.__traceback__.tb_next
            sys.__excepthook__(type(e), e, e.__traceback__)
        buf.write('UNCAUGHT ' + err.getvalue().replace(path, '<fuzz>').rstrip('\\n') + '\\n')
    signal.alarm(0)
    out.append(buf.getvalue())
os.unlink(path)
sys.stdout.write(json.dumps(out))
`;

/** Pyex's default limit on a run's output (DEFAULT_LIMITS.outputBytes in src/api/limits.ts). */
const OUTPUT_LIMIT_BYTES = 16 * 1024 * 1024;

function runCPython(sources, padding = 0) {
  const result = spawnSync('python3', ['-c', PY_DRIVER, String(padding)], {
    input: JSON.stringify(sources),
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' },
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

/**
 * Bundles the library's `run` from source: `work` is the working tree as it is; `head` is the last
 * commit with the working tree's src/compiler/, src/parser/ and src/vm/syntax-error.ts on top (other engineers' half-saved files in the
 * shared tree cannot break a fuzz run, while compiler fixes are tested before they are committed).
 */
async function loadPyex(tree) {
  const { rolldown } = await import('rolldown');
  const outDir = join(tmpdir(), `pyex-fuzz-${process.pid}`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  let srcRoot = join(ROOT, 'src');
  if (tree === 'head') {
    const archive = spawnSync('git', ['-C', ROOT, 'archive', 'HEAD', 'src'], {
      maxBuffer: 1 << 30,
    });
    if (archive.status !== 0) throw new Error(`git archive failed: ${archive.stderr}`);
    const untar = spawnSync('tar', ['-x', '-C', outDir], { input: archive.stdout });
    if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
    for (const path of ['src/compiler', 'src/parser', 'src/vm/syntax-error.ts'])
      cpSync(join(ROOT, path), join(outDir, path), { recursive: true });
    srcRoot = join(outDir, 'src');
  }
  const bundle = await rolldown({
    input: join(srcRoot, 'api/run.ts'),
    platform: 'neutral',
    logLevel: 'silent',
  });
  const file = join(outDir, 'run.mjs');
  await bundle.write({ file, format: 'esm' });
  return (await import(pathToFileURL(file).href)).run;
}

function runPyex(run, source) {
  let out = '';
  let err = '';
  const result = run(source, {
    filename: '<fuzz>',
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    instructionBudget: 50_000_000,
    captureOutput: false,
    // Wall-clock time: generous, since a shared, loaded machine can stretch a 3 s run past 10 s;
    // the instruction budget is what bounds a runaway program.
    limits: { durationMs: 60_000 },
  });
  if (result.error !== null) {
    if (result.error.kind === 'internal') return `${out}INTERNAL ${result.error.message}\n`;
    // Warnings printed before the traceback are not compared (the CPython driver ignores them).
    let start = err.search(/^Traceback \(most recent call last\):$/m);
    if (start < 0) start = err.search(/^ {2}File "/m);
    out += `UNCAUGHT ${err.slice(Math.max(start, 0)).trimEnd()}\n`;
  }
  return out;
}

function firstDifference(expected, actual) {
  const e = expected.split('\n');
  const a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i])
      return { line: i + 1, expected: e[i] ?? '<missing>', actual: a[i] ?? '<missing>' };
  }
  return null;
}

/** A line of output shortened for the report (some programs print megabytes on one line). */
function clip(line) {
  return line.length <= 400 ? line : `${line.slice(0, 400)}… (${line.length} characters)`;
}

/** What identifies a divergence across programs: the first differing lines, digits elided. */
function differenceSignature(diff) {
  return `${diff.expected}\u0000${diff.actual}`.replace(/\d+/g, 'N');
}

/**
 * Removes blocks, then lines of blocks, while the same first difference remains. Each round tries
 * every single removal in one CPython batch, then all the removals that worked at once; when the
 * combination does not keep the difference, the removals that worked are applied one by one.
 */
function minimise(run, blocks, signature) {
  const keeps = (candidates) => {
    const sources = candidates.map(blocksToSource);
    const expected = runCPython(sources);
    return candidates.map((_, k) => {
      if (expected[k].includes('SyntaxError')) return false;
      const actual = runPyex(run, sources[k]);
      if (expected[k] === actual) return false;
      return differenceSignature(firstDifference(expected[k], actual)) === signature;
    });
  };
  const reduce = (current, units, without) => {
    if (units.length === 0) return current;
    const results = keeps(units.map((unit) => without(current, [unit])));
    const removable = units.filter((_, k) => results[k]);
    if (removable.length === 0) return current;
    const combined = without(current, removable);
    if (keeps([combined])[0]) return combined;
    let result = current;
    for (const unit of removable) {
      const candidate = without(result, [unit]);
      if (keeps([candidate])[0]) result = candidate;
    }
    return result;
  };
  const withoutBlocks = (current, indexes) => current.filter((_, j) => !indexes.includes(j));
  let current = reduce(
    blocks,
    blocks.map((_, i) => i),
    withoutBlocks,
  );
  const lines = [];
  for (let b = 0; b < current.length; b++) {
    if (current[b].length > 1) for (let l = 0; l < current[b].length; l++) lines.push(`${b}:${l}`);
  }
  const withoutLines = (from, units) =>
    from.map((block, b) => {
      const kept = block.filter((_, l) => !units.includes(`${b}:${l}`));
      return kept.length === 0 ? block : kept;
    });
  current = reduce(current, lines, withoutLines);
  return current;
}

function parseArgs(argv) {
  const options = {
    tree: 'head',
    seed: 1,
    count: 1000,
    only: null,
    show: null,
    record: null,
    maxReport: 20,
    minimise: true,
    batch: 250,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i];
    if (arg === '--seed') options.seed = Number(value());
    else if (arg === '--count') options.count = Number(value());
    else if (arg === '--only') options.only = value().split(',').map(Number);
    else if (arg === '--show') options.show = Number(value());
    else if (arg === '--record') options.record = value();
    else if (arg === '--max-report') options.maxReport = Number(value());
    else if (arg === '--no-minimise') options.minimise = false;
    else if (arg === '--tree') options.tree = value();
    else throw new Error(`unknown argument ${arg}`);
  }
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.show !== null) {
    process.stdout.write(blocksToSource(generateProgram(options.seed, options.show)));
    return;
  }
  const indexes =
    options.only !== null ? options.only : Array.from({ length: options.count }, (_, i) => i);
  const run = await loadPyex(options.tree);
  const started = performance.now();
  const divergences = [];
  const recorded = [];
  let pyexMs = 0;
  let cpythonMs = 0;
  let skipped = 0;
  for (let start = 0; start < indexes.length; start += options.batch) {
    const chunk = indexes.slice(start, start + options.batch);
    const programs = chunk.map((i) => generateProgram(options.seed, i));
    const sources = programs.map(blocksToSource);
    let t = performance.now();
    const expected = runCPython(sources);
    // A second process with its objects at other addresses: outputs that depend on them (hash of
    // None, NaN or plain objects ordering a set) differ between the runs and are skipped.
    const again = runCPython(sources, 777);
    cpythonMs += performance.now() - t;
    t = performance.now();
    for (let k = 0; k < chunk.length; k++) {
      // More output than Pyex's default output limit (16 MiB) ends its run by design.
      const overLimit = Buffer.byteLength(expected[k]) > OUTPUT_LIMIT_BYTES;
      // A MemoryError under CPython depends on the memory its process may take (the driver caps
      // it at 3 GiB), not on the language; Pyex's own memory limit then ends the run by design.
      const memoryBound = expected[k].includes('MemoryError');
      if (
        expected[k].includes('TIMEOUT\n') ||
        expected[k] !== again[k] ||
        overLimit ||
        memoryBound
      ) {
        skipped += 1;
        continue;
      }
      if (options.record !== null)
        recorded.push({ index: chunk[k], source: sources[k], stdout: expected[k] });
      const programStart = performance.now();
      const actual = runPyex(run, sources[k]);
      const programMs = performance.now() - programStart;
      if (programMs > 2000) {
        process.stderr.write(
          `\nprogram ${chunk[k]} took ${(programMs / 1000).toFixed(1)} s under Pyex\n`,
        );
      }
      if (actual !== expected[k])
        divergences.push({ index: chunk[k], blocks: programs[k], expected: expected[k], actual });
    }
    pyexMs += performance.now() - t;
    if (indexes.length > options.batch) {
      process.stderr.write(
        `\r${start + chunk.length}/${indexes.length} programs, ${divergences.length} divergent`,
      );
    }
  }
  if (indexes.length > options.batch) process.stderr.write('\n');
  const signatures = new Map();
  let reported = 0;
  for (const d of divergences) {
    const diff = firstDifference(d.expected, d.actual);
    const key = differenceSignature(diff);
    signatures.set(key, (signatures.get(key) ?? 0) + 1);
    if (signatures.get(key) > 1 || reported >= options.maxReport) continue;
    reported += 1;
    const blocks = options.minimise ? minimise(run, d.blocks, key) : d.blocks;
    const source = blocksToSource(blocks);
    const [expected] = runCPython([source]);
    const actual = runPyex(run, source);
    const small = firstDifference(expected, actual) ?? diff;
    console.log(`=== divergence: seed ${options.seed} program ${d.index} (--only ${d.index})`);
    console.log(source.trimEnd());
    console.log(
      `--- line ${small.line}\n  CPython: ${clip(small.expected)}\n  Pyex:    ${clip(small.actual)}\n`,
    );
  }
  if (options.record !== null)
    writeFileSync(
      options.record,
      `${JSON.stringify({ seed: options.seed, programs: recorded }, null, 1)}\n`,
    );
  const total = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${indexes.length} programs (${skipped} skipped: slow, nondeterministic, memory-bound or over the output limit under CPython), ${divergences.length} divergent (${signatures.size} distinct first differences); ` +
      `CPython ${(cpythonMs / 1000).toFixed(1)} s, Pyex ${(pyexMs / 1000).toFixed(1)} s, total ${total} s`,
  );
  process.exitCode = divergences.length === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1])
  await main();

// `pyex repl` (and `pyex` alone on a terminal): the interactive interpreter. The session runs in a
// worker (repl-worker.ts); this side owns the terminal: node:readline with history on a TTY, plain
// line splitting on a pipe (prompts on stderr, as python3 -i writes them).

import { appendFileSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import { CAPABILITY_USAGE, splitCapabilityFlags } from './capability-flags.js';
import { extractLimitFlags, LIMIT_USAGE, LimitFlagError, type LimitFlags } from './limit-flags.js';
import { type ChannelLine, createLineBuffer, LineSender } from './line-channel.js';
import type { ReplJob, ReplMessage } from './repl-worker.js';

const USAGE = `usage: pyex repl [options]

Starts an interactive session like python3's: >>> and ... prompts, blocks end with an empty line,
expression values are printed and kept in _. Ctrl-D leaves, Ctrl-C drops the current input.

options:
  -q                     do not print the banner
  -h, --help             show this help

${LIMIT_USAGE.replace('(before FILE or -c; ', '(for each input; ')}
${CAPABILITY_USAGE.replace(' (before FILE or -c)', '')}`;

/** Version shown in the banner. */
const PYEX_VERSION = '0.1.0';

/** The banner's first line. */
export const REPL_BANNER = `Pyex ${PYEX_VERSION} (Python 3.11 compatible) on ${process.platform}`;

/** JS stack of the worker, as for `pyex run`. */
const WORKER_STACK_MB = 256;

/** Lines kept in the history file. */
const HISTORY_SIZE = 1000;

/** Where a line source sends what it reads. */
type Deliver = (line: ChannelLine) => void;

/** Reads lines for the worker: on a terminal or from a pipe. */
interface LineSource {
  /** Shows `prompt` and delivers the next line (once). */
  request(prompt: string, deliver: Deliver): void;
  /** Called for Ctrl-C while no line was requested (code is running). */
  onIdleInterrupt(handler: () => void): void;
  /** The program wrote `text` to stdout (a terminal keeps an unfinished line in the prompt). */
  noteOutput(text: string): void;
  close(): void;
}

/** A pipe or file on stdin: lines as they arrive, prompts on stderr, "\n" at EOF like python3 -i. */
class PipeSource implements LineSource {
  private readonly lines: string[] = [];
  private partial = '';
  private ended = false;
  private waiting: Deliver | null = null;
  private idleInterrupt: (() => void) | null = null;
  private readonly onSigint = (): void => {
    // A SIGINT (Ctrl-C on the terminal the pipe runs in) cancels the pending input or running code.
    const deliver = this.waiting;
    if (deliver === null) {
      this.idleInterrupt?.();
      return;
    }
    this.waiting = null;
    deliver({ kind: 'interrupt' });
  };

  constructor() {
    process.on('SIGINT', this.onSigint);
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      const parts = (this.partial + chunk).split('\n');
      this.partial = parts.pop() ?? '';
      for (const part of parts) this.lines.push(`${part}\n`);
      this.flush();
    });
    process.stdin.on('end', () => {
      if (this.partial !== '') this.lines.push(this.partial);
      this.partial = '';
      this.ended = true;
      this.flush();
    });
  }

  request(prompt: string, deliver: Deliver): void {
    if (prompt !== '') process.stderr.write(prompt);
    this.waiting = deliver;
    this.flush();
  }

  onIdleInterrupt(handler: () => void): void {
    this.idleInterrupt = handler;
  }

  noteOutput(): void {}

  private flush(): void {
    const deliver = this.waiting;
    if (deliver === null) return;
    const line = this.lines.shift();
    if (line !== undefined) {
      this.waiting = null;
      deliver({ kind: 'line', text: line });
    } else if (this.ended) {
      this.waiting = null;
      process.stderr.write('\n');
      deliver({ kind: 'eof' });
    }
  }

  close(): void {
    process.off('SIGINT', this.onSigint);
    process.stdin.pause();
    process.stdin.destroy();
  }
}

/** A terminal: node:readline with line editing, history (~/.pyex_history) and Ctrl-C/Ctrl-D. */
class TerminalSource implements LineSource {
  private readline: Interface | null = null;
  private waiting: Deliver | null = null;
  private idleInterrupt: (() => void) | null = null;
  /** Output after the last newline: readline redraws the line, so it becomes part of the prompt. */
  private unfinishedLine = '';
  private readonly history: string[] = loadHistory();

  private open(): Interface {
    if (this.readline !== null) return this.readline;
    const readline = createInterface({
      input: process.stdin,
      output: process.stdout,
      terminal: true,
      history: this.history,
      historySize: HISTORY_SIZE,
      removeHistoryDuplicates: true,
    });
    readline.on('line', (line) => {
      saveHistoryLine(line);
      this.answer({ kind: 'line', text: `${line}\n` });
    });
    readline.on('SIGINT', () => {
      if (this.waiting === null) {
        this.idleInterrupt?.();
        return;
      }
      // Drop the typed text but leave it on the screen, as python3 does (no redraw).
      const editable = readline as unknown as { line: string; cursor: number };
      editable.line = '';
      editable.cursor = 0;
      this.answer({ kind: 'interrupt' });
    });
    readline.on('close', () => {
      this.readline = null;
      // Ctrl-D: end the line python3-style before the session reacts.
      process.stdout.write('\n');
      this.answer({ kind: 'eof' });
    });
    this.readline = readline;
    return readline;
  }

  /** Lines typed ahead while code ran (delivered, in order, to the next requests). */
  private readonly typedAhead: ChannelLine[] = [];

  private answer(line: ChannelLine): void {
    const deliver = this.waiting;
    if (deliver === null) {
      if (line.kind !== 'interrupt') this.typedAhead.push(line);
      return;
    }
    this.waiting = null;
    deliver(line);
  }

  request(prompt: string, deliver: Deliver): void {
    const early = this.typedAhead.shift();
    if (early !== undefined) {
      // Already echoed by the terminal: show the prompt's place without a redraw.
      process.stdout.write(this.unfinishedLine + prompt);
      this.unfinishedLine = '';
      if (early.kind === 'line') process.stdout.write(early.text);
      deliver(early);
      return;
    }
    const readline = this.open();
    this.waiting = deliver;
    readline.setPrompt(this.unfinishedLine + prompt);
    this.unfinishedLine = '';
    readline.prompt(true);
  }

  noteOutput(text: string): void {
    const newline = text.lastIndexOf('\n');
    this.unfinishedLine = newline < 0 ? this.unfinishedLine + text : text.slice(newline + 1);
  }

  onIdleInterrupt(handler: () => void): void {
    this.idleInterrupt = handler;
  }

  close(): void {
    const readline = this.readline;
    this.readline = null;
    readline?.removeAllListeners('close');
    readline?.close();
  }
}

function historyPath(): string {
  return join(homedir(), '.pyex_history');
}

/** The saved history, newest first (readline's order). */
function loadHistory(): string[] {
  try {
    const lines = readFileSync(historyPath(), 'utf8')
      .split('\n')
      .filter((line) => line !== '');
    return lines.slice(-HISTORY_SIZE).reverse();
  } catch {
    return [];
  }
}

function saveHistoryLine(line: string): void {
  if (line.trim() === '') return;
  try {
    appendFileSync(historyPath(), `${line}\n`);
  } catch {
    // History is a convenience: an unwritable home directory is not an error.
  }
}

/** Options of one REPL run (parsed from the command line). */
interface ReplSettings {
  readonly quiet: boolean;
  readonly capabilityFlags: string[];
  readonly limits: LimitFlags;
}

function parseReplArgs(args: string[]): ReplSettings | number {
  const options = args.filter((arg) => arg !== '-q');
  if (options.includes('-h') || options.includes('--help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  let limited: ReturnType<typeof extractLimitFlags>;
  try {
    limited = extractLimitFlags(options);
  } catch (error) {
    if (!(error instanceof LimitFlagError)) throw error;
    process.stderr.write(`pyex: ${error.message}\n${LIMIT_USAGE}`);
    return 2;
  }
  const sandbox = splitCapabilityFlags(limited.rest, (text) => process.stderr.write(text));
  if (sandbox === null) return 2;
  if (sandbox.rest.length > 0) {
    process.stderr.write(`pyex repl: unexpected argument '${sandbox.rest[0]}'\n${USAGE}`);
    return 2;
  }
  return { quiet: args.includes('-q'), capabilityFlags: sandbox.flags, limits: limited.limits };
}

/** Starts a session worker; resolves with its exit status, or null when it was restarted. */
function startSession(
  settings: ReplSettings,
  source: LineSource,
  banner: boolean,
): Promise<number | null> {
  const lines = createLineBuffer();
  const sender = new LineSender(lines);
  const job: ReplJob = {
    lines,
    banner: banner && !settings.quiet ? REPL_BANNER : null,
    capabilityFlags: settings.capabilityFlags,
    limits: settings.limits,
  };
  const worker = new Worker(new URL('./repl-worker.js', import.meta.url), {
    workerData: job,
    resourceLimits: { stackSizeMb: WORKER_STACK_MB, maxOldGenerationSizeMb: 4096 },
  });
  return new Promise((resolve) => {
    let exitCode: number | null = 70;
    source.onIdleInterrupt(() => {
      // The running code sees the flag between two time slices and stops with KeyboardInterrupt.
      if (sender.interrupt()) return;
      // A second Ctrl-C before it looked: the code is stuck where it cannot; restart the session.
      exitCode = null;
      process.stderr.write(
        '\nKeyboardInterrupt\npyex: the code did not stop; the session restarts (its names are lost)\n',
      );
      void worker.terminate();
    });
    worker.on('message', (message: ReplMessage) => {
      switch (message.kind) {
        case 'stdout':
          process.stdout.write(message.text);
          source.noteOutput(message.text);
          break;
        case 'stderr':
          process.stderr.write(message.text);
          break;
        case 'read':
          source.request(message.prompt, (line) => sender.send(line));
          break;
        case 'more':
          sender.sendChunk();
          break;
        case 'exit':
          exitCode = message.code;
          break;
        default:
          assertNever(message);
      }
    });
    worker.on('error', (error) => {
      process.stderr.write(`pyex: internal error: ${error.stack ?? String(error)}\n`);
      exitCode = 70;
    });
    worker.on('exit', () => resolve(exitCode));
  });
}

function assertNever(value: never): never {
  throw new Error(`unexpected message ${JSON.stringify(value)}`);
}

/** Runs `pyex repl` with the arguments after the command name; returns the exit status. */
export async function runCommand(args: string[]): Promise<number> {
  const settings = parseReplArgs(args);
  if (typeof settings === 'number') return settings;
  const source: LineSource = process.stdin.isTTY ? new TerminalSource() : new PipeSource();
  let banner = true;
  for (;;) {
    const status = await startSession(settings, source, banner);
    if (status !== null) {
      source.close();
      return status;
    }
    banner = false;
  }
}

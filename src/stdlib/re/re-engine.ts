// Entry points of the regex engine: subjects as code-point arrays, and match / fullmatch / search
// at a position (sre's pattern_match and SRE(search) with its prefix and first-character scans).

import { PythonError } from '../../objects/python-error.js';
import { inCharset } from './re-charset.js';
import type { RegexProgram } from './re-compiler.js';
import { AT, OP } from './re-constants.js';
import { runMatch } from './re-matcher.js';
import { MatchState, type RegexLimits } from './re-state.js';

/** A string or bytes subject prepared for matching: code points (or bytes) as an Int32Array. */
export interface RegexSubject {
  /** The original value. */
  readonly text: string | Uint8Array;
  /** One element per code point (str) or byte (bytes). */
  readonly chars: Int32Array;
  /** True when code-point indexes equal UTF-16 indexes (no astral characters, or bytes). */
  readonly simple: boolean;
  /** UTF-16 offset of each code point plus the end, built on first use when not simple. */
  utf16Offsets: Int32Array | null;
}

/** The outcome of a successful match: group spans and the last closed group. */
export interface RegexMatchResult {
  /** `[start0, end0, start1, end1, ...]` in code points; -1 for a group that did not take part. */
  readonly regs: Int32Array;
  /** `Match.lastindex`, or -1 for None. */
  readonly lastindex: number;
}

let lastText: string | null = null;
let lastSubject: RegexSubject | null = null;

/** Converts a str or bytes value to a subject (cached for the most recent str). */
export function prepareSubject(text: string | Uint8Array): RegexSubject {
  if (typeof text !== 'string') {
    return { text, chars: Int32Array.from(text), simple: true, utf16Offsets: null };
  }
  if (text === lastText && lastSubject !== null) return lastSubject;
  const units = text.length;
  let chars = new Int32Array(units);
  let count = 0;
  for (let i = 0; i < units; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < units) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        chars[count++] = ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        i++;
        continue;
      }
    }
    chars[count++] = unit;
  }
  const simple = count === units;
  if (!simple) chars = chars.slice(0, count);
  const subject: RegexSubject = { text, chars, simple, utf16Offsets: null };
  lastText = text;
  lastSubject = subject;
  return subject;
}

function utf16Offsets(subject: RegexSubject): Int32Array {
  if (subject.utf16Offsets !== null) return subject.utf16Offsets;
  const chars = subject.chars;
  const offsets = new Int32Array(chars.length + 1);
  let unit = 0;
  for (let i = 0; i < chars.length; i++) {
    offsets[i] = unit;
    unit += chars[i]! > 0xffff ? 2 : 1;
  }
  offsets[chars.length] = unit;
  subject.utf16Offsets = offsets;
  return offsets;
}

/** The part of the subject between code-point indexes `start` and `end`, as str or bytes. */
export function sliceSubject(
  subject: RegexSubject,
  start: number,
  end: number,
): string | Uint8Array {
  const text = subject.text;
  if (end < start) end = start;
  if (typeof text !== 'string') return text.slice(start, end);
  if (subject.simple) return text.slice(start, end);
  const offsets = utf16Offsets(subject);
  return text.slice(offsets[start], offsets[end]);
}

/** Code-point length of the subject. */
export function subjectLength(subject: RegexSubject): number {
  return subject.chars.length;
}

/** Clamps pos or endpos to [0, length] as sre's state_init does. */
export function clampIndex(length: number, index: number): number {
  return index < 0 ? 0 : index > length ? length : index;
}

let cachedState: MatchState | null = null;

/** A match state for `program` over `subject`, reusing the spare one (calls never nest). */
function stateFor(
  program: RegexProgram,
  subject: RegexSubject,
  end: number,
  limits: RegexLimits,
): MatchState {
  const st = cachedState;
  if (st !== null) {
    cachedState = null;
    st.reuse(program, subject.chars, end, limits);
    return st;
  }
  return new MatchState(program, subject.chars, end, limits);
}

function releaseState(st: MatchState): void {
  cachedState = st;
}

function buildResult(program: RegexProgram, st: MatchState): RegexMatchResult {
  const groups = program.groups;
  const regs = new Int32Array(2 * (groups + 1));
  regs[0] = st.start;
  regs[1] = st.ptr;
  const marks = st.marks;
  for (let i = 0, j = 0; i < groups; i++, j += 2) {
    if (j + 1 <= st.lastmark && marks[j]! >= 0 && marks[j + 1]! >= 0) {
      regs[j + 2] = marks[j]!;
      regs[j + 3] = marks[j + 1]!;
      if (marks[j]! > marks[j + 1]!) {
        // sre refuses such a match (possible with lookbehinds inside groups).
        throw new PythonError(
          'SystemError',
          'The span of capturing group is wrong, please report a bug for the re module.',
        );
      }
    } else {
      regs[j + 2] = -1;
      regs[j + 3] = -1;
    }
  }
  return { regs, lastindex: st.lastindex };
}

/** Which anchoring a match call uses. */
export type MatchMode = 'match' | 'fullmatch';

/**
 * `Pattern.match` / `Pattern.fullmatch` at `pos` (bounds clamped). Returns null for no match.
 * Throws whatever `limits.charge` throws when the budget runs out.
 */
export function regexMatch(
  program: RegexProgram,
  subject: RegexSubject,
  pos: number,
  endpos: number,
  mode: MatchMode,
  limits: RegexLimits = {},
  mustAdvance = false,
): RegexMatchResult | null {
  const length = subject.chars.length;
  const start = clampIndex(length, pos);
  const end = clampIndex(length, endpos);
  const st = stateFor(program, subject, end, limits);
  st.start = start;
  st.ptr = start;
  st.matchAll = mode === 'fullmatch';
  st.mustAdvance = mustAdvance;
  try {
    const min = program.info.minWidth;
    if (min > 0 && end - start >= 0 && end - start < min) return null;
    return runMatch(st, 0, true) ? buildResult(program, st) : null;
  } finally {
    st.flushSteps();
    releaseState(st);
  }
}

/** Mutable search position shared by successive searches of one iteration (finditer, sub). */
export interface SearchCursor {
  /** Where the next search starts. */
  start: number;
  /** The previous match was empty: the next one may not be empty at the same place. */
  mustAdvance: boolean;
}

/**
 * `Pattern.search` from `pos` to `endpos` (clamped), or one step of an iteration when
 * `mustAdvance` is set. Returns null for no match.
 */
export function regexSearch(
  program: RegexProgram,
  subject: RegexSubject,
  pos: number,
  endpos: number,
  limits: RegexLimits = {},
  mustAdvance = false,
): RegexMatchResult | null {
  const length = subject.chars.length;
  const start = clampIndex(length, pos);
  const end = clampIndex(length, endpos);
  const st = stateFor(program, subject, end, limits);
  st.mustAdvance = mustAdvance;
  try {
    return searchFrom(program, st, start) ? buildResult(program, st) : null;
  } finally {
    st.flushSteps();
    releaseState(st);
  }
}

/** SRE(search): finds the leftmost match starting at or after `from`. */
function searchFrom(program: RegexProgram, st: MatchState, from: number): boolean {
  const chars = st.chars;
  const info = program.info;
  const code = program.code;
  let ptr = from;
  let end = st.end;
  if (ptr > end) return false;
  const min = info.minWidth;
  if (min > 0 && end - ptr < min) return false;
  if (min > 1) {
    end -= min - 1;
    if (end <= ptr) end = ptr;
  }
  const prefix = info.prefix;
  if (prefix !== null) {
    const prefixSkip = info.prefixSkip;
    const resume = 2 * prefixSkip;
    end = st.end;
    st.mustAdvance = false;
    if (prefix.length === 1) {
      const c = prefix[0]!;
      while (ptr < end) {
        const scanFrom = ptr;
        const found = chars.indexOf(c, ptr);
        if (found < 0 || found >= end) {
          st.steps += end - scanFrom;
          return false;
        }
        ptr = found;
        st.steps += ptr - scanFrom + 1;
        st.start = ptr;
        st.ptr = ptr + prefixSkip;
        if (info.literal) return true;
        if (runMatch(st, resume, false)) return true;
        ++ptr;
        st.resetCaptures();
      }
      return false;
    }
    const prefixLength = prefix.length;
    const overlap = info.overlap!;
    if (prefixLength > end - ptr) return false;
    while (ptr < end) {
      const c = prefix[0]!;
      const scanFrom = ptr;
      const found = chars.indexOf(c, ptr);
      if (found < 0 || found + 1 >= end) {
        st.steps += end - scanFrom;
        return false;
      }
      ptr = found + 1;
      st.steps += ptr - scanFrom;
      if (ptr >= end) return false;
      let i = 1;
      do {
        st.steps++;
        if (chars[ptr] === prefix[i]) {
          if (++i !== prefixLength) {
            if (++ptr >= end) return false;
            continue;
          }
          st.start = ptr - (prefixLength - 1);
          st.ptr = ptr - (prefixLength - prefixSkip - 1);
          if (info.literal) return true;
          if (runMatch(st, resume, false)) return true;
          if (++ptr >= end) return false;
          st.resetCaptures();
        }
        i = overlap[i - 1]!;
      } while (i !== 0);
      if (st.steps >= 1024) st.flushSteps();
    }
    return false;
  }

  const charset = info.charset;
  if (charset !== null) {
    end = st.end;
    st.mustAdvance = false;
    for (;;) {
      const scanFrom = ptr;
      if (charset[0] === OP.LATIN1_MAP) {
        for (; ptr < end; ptr++) {
          const ch = chars[ptr]!;
          if (ch < 256) {
            if (((charset[1 + (ch >> 5)]! >>> (ch & 31)) & 1) === 1) break;
          } else if (inCharset(charset, 0, ch)) {
            break;
          }
        }
      } else {
        while (ptr < end && !inCharset(charset, 0, chars[ptr]!)) ptr++;
      }
      st.steps += ptr - scanFrom;
      if (ptr >= end) return false;
      st.start = ptr;
      st.ptr = ptr;
      if (runMatch(st, 0, false)) return true;
      ptr++;
      st.resetCaptures();
    }
  }

  st.start = ptr;
  st.ptr = ptr;
  let status = runMatch(st, 0, true);
  st.mustAdvance = false;
  if (
    !status &&
    code[0] === OP.AT &&
    (code[1] === AT.BEGINNING || code[1] === AT.BEGINNING_STRING)
  ) {
    st.start = end;
    st.ptr = end;
    return false;
  }
  while (!status && ptr < end) {
    ptr++;
    st.resetCaptures();
    st.start = ptr;
    st.ptr = ptr;
    status = runMatch(st, 0, false);
  }
  return status;
}

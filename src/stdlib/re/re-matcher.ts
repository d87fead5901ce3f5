// The backtracking matcher (sre's SRE(match)): runs a compiled program at one position with an
// explicit context stack instead of JS recursion, charging the step budget as it goes.

import {
  inCategory,
  inCharset,
  inCharsetLocaleIgnore,
  isLocaleWord,
  lowerLocale,
  upperLocale,
} from './re-charset.js';
import { AT, CODE_MAXREPEAT, OP } from './re-constants.js';
import {
  F_COUNT,
  F_JUMP,
  F_LASTINDEX,
  F_LASTMARK,
  F_PC,
  F_PTR,
  F_TOPLEVEL,
  F_U,
  FRAME_SIZE,
  type MatchState,
  R_COUNT,
  R_LAST_PTR,
  R_PATTERN,
  R_PREV,
  STEP_CHUNK,
} from './re-state.js';
import { isAsciiWord, isUnicodeWord, lowerAscii, lowerUnicode } from './re-unicode.js';

// Where a child context returns to in its parent (sre's JUMP_* labels).
const J_NONE = 0;
const J_MAX_UNTIL_1 = 1;
const J_MAX_UNTIL_2 = 2;
const J_MAX_UNTIL_3 = 3;
const J_MIN_UNTIL_1 = 4;
const J_MIN_UNTIL_2 = 5;
const J_MIN_UNTIL_3 = 6;
const J_REPEAT = 7;
const J_REPEAT_ONE_1 = 8;
const J_REPEAT_ONE_2 = 9;
const J_MIN_REPEAT_ONE = 10;
const J_BRANCH = 11;
const J_ASSERT = 12;
const J_ASSERT_NOT = 13;
const J_POSS_REPEAT_1 = 14;
const J_POSS_REPEAT_2 = 15;
const J_ATOMIC_GROUP = 16;

// What the driver loop does next.
const A_DISPATCH = 0;
const A_RETURN = 1;
const A_PUSH = 2;
const A_BRANCH_LOOP = 3;
const A_REPEAT_ONE_LITERAL_LOOP = 4;
const A_REPEAT_ONE_LOOP = 5;
const A_MIN_REPEAT_ONE_LOOP = 6;
const A_MAX_UNTIL_TAIL = 7;
const A_POSS_MIN_LOOP = 8;
const A_POSS_LOOP = 9;

/** char_loc_ignore: `ch` equals the pattern character up to C-locale case. */
function charLocaleIgnore(pattern: number, ch: number): boolean {
  return ch === pattern || lowerLocale(ch) === pattern || upperLocale(ch) === pattern;
}

/** SRE(at): does the zero-width assertion `at` hold at `ptr`? */
function atPosition(chars: Int32Array, end: number, ptr: number, at: number): boolean {
  switch (at) {
    case 0 satisfies typeof AT.BEGINNING:
    case 2 satisfies typeof AT.BEGINNING_STRING:
      return ptr === 0;
    case 1 satisfies typeof AT.BEGINNING_LINE:
      return ptr === 0 || chars[ptr - 1] === 10;
    case 5 satisfies typeof AT.END:
      return (end - ptr === 1 && chars[ptr] === 10) || ptr === end;
    case 6 satisfies typeof AT.END_LINE:
      return ptr === end || chars[ptr] === 10;
    case 7 satisfies typeof AT.END_STRING:
      return ptr === end;
    case 3 satisfies typeof AT.BOUNDARY:
    case 4 satisfies typeof AT.NON_BOUNDARY: {
      if (end === 0) return false;
      const before = ptr > 0 ? isAsciiWord(chars[ptr - 1]!) : false;
      const here = ptr < end ? isAsciiWord(chars[ptr]!) : false;
      return at === AT.BOUNDARY ? before !== here : before === here;
    }
    case 8 satisfies typeof AT.UNI_BOUNDARY:
    case 9 satisfies typeof AT.UNI_NON_BOUNDARY: {
      if (end === 0) return false;
      const before = ptr > 0 ? isUnicodeWord(chars[ptr - 1]!) : false;
      const here = ptr < end ? isUnicodeWord(chars[ptr]!) : false;
      return at === AT.UNI_BOUNDARY ? before !== here : before === here;
    }
    case 10 satisfies typeof AT.LOC_BOUNDARY:
    case 11 satisfies typeof AT.LOC_NON_BOUNDARY: {
      if (end === 0) return false;
      const before = ptr > 0 ? isLocaleWord(chars[ptr - 1]!) : false;
      const here = ptr < end ? isLocaleWord(chars[ptr]!) : false;
      return at === AT.LOC_BOUNDARY ? before !== here : before === here;
    }
    default:
      return false;
  }
}

/** Does the single-character item at `pc` match `ch`? (IN_IGNORE and IN_UNI_IGNORE items.) */
function matchOne(code: Int32Array, pc: number, ch: number): boolean {
  switch (code[pc]) {
    case 29 satisfies typeof OP.IN_IGNORE:
      return inCharset(code, pc + 2, lowerAscii(ch));
    case 33 satisfies typeof OP.IN_UNI_IGNORE:
      return inCharset(code, pc + 2, lowerUnicode(ch));
    case 40 satisfies typeof OP.IN_LOC_IGNORE:
      return inCharsetLocaleIgnore(code, pc + 2, ch);
    case 8 satisfies typeof OP.CATEGORY:
      return inCategory(code[pc + 1]!, ch);
    default:
      return false;
  }
}

/** SRE(count): how many times the one-character item at `pc` matches from `st.ptr`. */
export function countRepeats(st: MatchState, pc: number, maxCount: number): number {
  const code = st.code;
  const chars = st.chars;
  const start = st.ptr;
  let end = st.end;
  let ptr = start;
  if (maxCount !== CODE_MAXREPEAT && maxCount < end - ptr) end = ptr + maxCount;
  const chr = code[pc + 1]!;
  switch (code[pc]) {
    case 13 satisfies typeof OP.IN:
      if (code[pc + 2] === OP.LATIN1_MAP) {
        const map = pc + 3;
        for (; ptr < end; ptr++) {
          const ch = chars[ptr]!;
          if (ch < 256) {
            if (((code[map + (ch >> 5)]! >>> (ch & 31)) & 1) === 0) break;
          } else if (!inCharset(code, pc + 2, ch)) {
            break;
          }
        }
      } else {
        while (ptr < end && inCharset(code, pc + 2, chars[ptr]!)) ptr++;
      }
      break;
    case 2 satisfies typeof OP.ANY:
      while (ptr < end && chars[ptr] !== 10) ptr++;
      break;
    case 3 satisfies typeof OP.ANY_ALL:
      if (ptr < end) ptr = end;
      break;
    case 15 satisfies typeof OP.LITERAL:
      while (ptr < end && chars[ptr] === chr) ptr++;
      break;
    case 30 satisfies typeof OP.LITERAL_IGNORE:
      while (ptr < end && lowerAscii(chars[ptr]!) === chr) ptr++;
      break;
    case 34 satisfies typeof OP.LITERAL_UNI_IGNORE:
      while (ptr < end && lowerUnicode(chars[ptr]!) === chr) ptr++;
      break;
    case 19 satisfies typeof OP.NOT_LITERAL:
      while (ptr < end && chars[ptr] !== chr) ptr++;
      break;
    case 31 satisfies typeof OP.NOT_LITERAL_IGNORE:
      while (ptr < end && lowerAscii(chars[ptr]!) !== chr) ptr++;
      break;
    case 35 satisfies typeof OP.NOT_LITERAL_UNI_IGNORE:
      while (ptr < end && lowerUnicode(chars[ptr]!) !== chr) ptr++;
      break;
    case 38 satisfies typeof OP.LITERAL_LOC_IGNORE:
      while (ptr < end && charLocaleIgnore(chr, chars[ptr]!)) ptr++;
      break;
    case 39 satisfies typeof OP.NOT_LITERAL_LOC_IGNORE:
      while (ptr < end && !charLocaleIgnore(chr, chars[ptr]!)) ptr++;
      break;
    default:
      while (ptr < end && matchOne(code, pc, chars[ptr]!)) ptr++;
      break;
  }
  const count = ptr > start ? ptr - start : 0;
  st.steps += count;
  return count;
}

/**
 * SRE(match): tries the program from `pc0` at `st.ptr`. On success `st.ptr` is the end of the
 * match and the marks hold the groups. `toplevel` enables the fullmatch / must-advance checks at
 * the final SUCCESS. Never recurses: child contexts live on `st.frames`.
 */
export function runMatch(st: MatchState, pc0: number, toplevel: boolean): boolean {
  const code = st.code;
  const chars = st.chars;
  const end = st.end;
  if (st.steps >= STEP_CHUNK) st.flushSteps();
  let frames = st.frames;
  let fp = 0;
  frames[F_TOPLEVEL] = toplevel ? 1 : 0;
  frames[F_JUMP] = J_NONE;
  let pc = pc0;
  let ptr = st.ptr;
  let ret = false;
  let action = A_DISPATCH;
  // Pending DO_JUMP.
  let jumpKind = J_NONE;
  let jumpTarget = 0;
  let jumpToplevel = 0;
  // Dispatches not yet added to st.steps (kept local: this is the hottest counter).
  let localSteps = 0;

  for (;;) {
    switch (action) {
      case 2 satisfies typeof A_PUSH: {
        frames[fp + F_PC] = pc;
        frames[fp + F_PTR] = ptr;
        const childTop = jumpToplevel;
        fp += FRAME_SIZE;
        if (fp + FRAME_SIZE > frames.length) frames = st.growFrames(fp);
        frames[fp + F_TOPLEVEL] = childTop;
        frames[fp + F_JUMP] = jumpKind;
        pc = jumpTarget;
        ptr = st.ptr;
        action = A_DISPATCH;
        break;
      }

      case 0 satisfies typeof A_DISPATCH: {
        dispatch: for (;;) {
          if (++localSteps >= STEP_CHUNK) {
            st.steps += localSteps;
            localSteps = 0;
            st.flushSteps();
          }
          switch (code[pc++]) {
            case 16 satisfies typeof OP.MARK: {
              const i = code[pc]!;
              if ((i & 1) !== 0) st.lastindex = (i >> 1) + 1;
              if (i > st.lastmark) {
                const marks = st.marks;
                for (let j = st.lastmark + 1; j < i; j++) marks[j] = -1;
                st.lastmark = i;
              }
              st.marks[i] = ptr;
              pc++;
              continue;
            }
            case 15 satisfies typeof OP.LITERAL:
              if (ptr >= end || chars[ptr] !== code[pc]) break dispatch;
              pc++;
              ptr++;
              continue;
            case 19 satisfies typeof OP.NOT_LITERAL:
              if (ptr >= end || chars[ptr] === code[pc]) break dispatch;
              pc++;
              ptr++;
              continue;
            case 1 satisfies typeof OP.SUCCESS:
              if (
                frames[fp + F_TOPLEVEL] !== 0 &&
                ((st.matchAll && ptr !== end) || (st.mustAdvance && ptr === st.start))
              ) {
                break dispatch;
              }
              st.ptr = ptr;
              ret = true;
              action = A_RETURN;
              break dispatch;
            case 6 satisfies typeof OP.AT:
              if (!atPosition(chars, end, ptr, code[pc]!)) break dispatch;
              pc++;
              continue;
            case 8 satisfies typeof OP.CATEGORY:
              if (ptr >= end || !inCategory(code[pc]!, chars[ptr]!)) break dispatch;
              pc++;
              ptr++;
              continue;
            case 2 satisfies typeof OP.ANY:
              if (ptr >= end || chars[ptr] === 10) break dispatch;
              ptr++;
              continue;
            case 3 satisfies typeof OP.ANY_ALL:
              if (ptr >= end) break dispatch;
              ptr++;
              continue;
            case 13 satisfies typeof OP.IN:
              if (ptr >= end || !inCharset(code, pc + 1, chars[ptr]!)) break dispatch;
              pc += code[pc]!;
              ptr++;
              continue;
            case 30 satisfies typeof OP.LITERAL_IGNORE:
              if (ptr >= end || lowerAscii(chars[ptr]!) !== code[pc]) break dispatch;
              pc++;
              ptr++;
              continue;
            case 34 satisfies typeof OP.LITERAL_UNI_IGNORE:
              if (ptr >= end || lowerUnicode(chars[ptr]!) !== code[pc]) break dispatch;
              pc++;
              ptr++;
              continue;
            case 31 satisfies typeof OP.NOT_LITERAL_IGNORE:
              if (ptr >= end || lowerAscii(chars[ptr]!) === code[pc]) break dispatch;
              pc++;
              ptr++;
              continue;
            case 35 satisfies typeof OP.NOT_LITERAL_UNI_IGNORE:
              if (ptr >= end || lowerUnicode(chars[ptr]!) === code[pc]) break dispatch;
              pc++;
              ptr++;
              continue;
            case 29 satisfies typeof OP.IN_IGNORE:
              if (ptr >= end || !inCharset(code, pc + 1, lowerAscii(chars[ptr]!))) break dispatch;
              pc += code[pc]!;
              ptr++;
              continue;
            case 33 satisfies typeof OP.IN_UNI_IGNORE:
              if (ptr >= end || !inCharset(code, pc + 1, lowerUnicode(chars[ptr]!))) {
                break dispatch;
              }
              pc += code[pc]!;
              ptr++;
              continue;
            case 38 satisfies typeof OP.LITERAL_LOC_IGNORE:
              if (ptr >= end || !charLocaleIgnore(code[pc]!, chars[ptr]!)) break dispatch;
              pc++;
              ptr++;
              continue;
            case 39 satisfies typeof OP.NOT_LITERAL_LOC_IGNORE:
              if (ptr >= end || charLocaleIgnore(code[pc]!, chars[ptr]!)) break dispatch;
              pc++;
              ptr++;
              continue;
            case 40 satisfies typeof OP.IN_LOC_IGNORE:
              if (ptr >= end || !inCharsetLocaleIgnore(code, pc + 1, chars[ptr]!)) break dispatch;
              pc += code[pc]!;
              ptr++;
              continue;
            case 14 satisfies typeof OP.JUMP:
              pc += code[pc]!;
              continue;

            case 7 satisfies typeof OP.BRANCH:
              frames[fp + F_LASTMARK] = st.lastmark;
              frames[fp + F_LASTINDEX] = st.lastindex;
              if (st.repeat >= 0) st.markPush(st.lastmark);
              action = A_BRANCH_LOOP;
              break dispatch;

            case 23 satisfies typeof OP.REPEAT_ONE: {
              // <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
              const min = code[pc + 1]!;
              if (min > end - ptr) break dispatch;
              st.ptr = ptr;
              const count = countRepeats(st, pc + 3, code[pc + 2]!);
              ptr += count;
              if (count < min) break dispatch;
              const tail = pc + code[pc]!;
              if (
                code[tail] === OP.SUCCESS &&
                ptr === end &&
                !(frames[fp + F_TOPLEVEL] !== 0 && st.mustAdvance && ptr === st.start)
              ) {
                st.ptr = ptr;
                ret = true;
                action = A_RETURN;
                break dispatch;
              }
              frames[fp + F_LASTMARK] = st.lastmark;
              frames[fp + F_LASTINDEX] = st.lastindex;
              if (st.repeat >= 0) st.markPush(st.lastmark);
              if (code[tail] === OP.LITERAL) {
                frames[fp + F_U] = code[tail + 1]!;
                frames[fp + F_COUNT] = count;
                action = A_REPEAT_ONE_LITERAL_LOOP;
              } else {
                frames[fp + F_COUNT] = count;
                action = A_REPEAT_ONE_LOOP;
              }
              break dispatch;
            }

            case 24 satisfies typeof OP.MIN_REPEAT_ONE: {
              const min = code[pc + 1]!;
              if (min > end - ptr) break dispatch;
              st.ptr = ptr;
              let count = 0;
              if (min !== 0) {
                const got = countRepeats(st, pc + 3, min);
                if (got < min) break dispatch;
                count = got;
                ptr += count;
              }
              const tail = pc + code[pc]!;
              if (
                code[tail] === OP.SUCCESS &&
                !(
                  frames[fp + F_TOPLEVEL] !== 0 &&
                  ((st.matchAll && ptr !== end) || (st.mustAdvance && ptr === st.start))
                )
              ) {
                st.ptr = ptr;
                ret = true;
                action = A_RETURN;
                break dispatch;
              }
              frames[fp + F_LASTMARK] = st.lastmark;
              frames[fp + F_LASTINDEX] = st.lastindex;
              if (st.repeat >= 0) st.markPush(st.lastmark);
              frames[fp + F_COUNT] = count;
              action = A_MIN_REPEAT_ONE_LOOP;
              break dispatch;
            }

            case 27 satisfies typeof OP.POSSESSIVE_REPEAT_ONE: {
              const min = code[pc + 1]!;
              if (ptr + min > end) break dispatch;
              st.ptr = ptr;
              const count = countRepeats(st, pc + 3, code[pc + 2]!);
              ptr += count;
              if (count < min) break dispatch;
              pc += code[pc]!;
              if (
                code[pc] === OP.SUCCESS &&
                ptr === end &&
                !(frames[fp + F_TOPLEVEL] !== 0 && st.mustAdvance && ptr === st.start)
              ) {
                st.ptr = ptr;
                ret = true;
                action = A_RETURN;
                break dispatch;
              }
              continue;
            }

            case 22 satisfies typeof OP.REPEAT: {
              // <REPEAT> <skip> <min> <max> item <UNTIL> tail
              const rep = st.allocRepeat();
              const repeats = st.repeats;
              repeats[rep + R_COUNT] = -1;
              repeats[rep + R_PATTERN] = pc;
              repeats[rep + R_PREV] = st.repeat;
              repeats[rep + R_LAST_PTR] = -1;
              st.repeat = rep;
              frames[fp + F_U] = rep;
              st.ptr = ptr;
              jumpKind = J_REPEAT;
              jumpTarget = pc + code[pc]!;
              jumpToplevel = frames[fp + F_TOPLEVEL]!;
              action = A_PUSH;
              break dispatch;
            }

            case 17 satisfies typeof OP.MAX_UNTIL: {
              const rep = st.repeat;
              if (rep < 0) throw new Error('regex internal error: MAX_UNTIL without REPEAT');
              const repeats = st.repeats;
              st.ptr = ptr;
              const count = repeats[rep + R_COUNT]! + 1;
              frames[fp + F_COUNT] = count;
              frames[fp + F_U] = rep;
              const repPattern = repeats[rep + R_PATTERN]!;
              if (count < code[repPattern + 1]!) {
                repeats[rep + R_COUNT] = count;
                jumpKind = J_MAX_UNTIL_1;
                jumpTarget = repPattern + 3;
                jumpToplevel = frames[fp + F_TOPLEVEL]!;
                action = A_PUSH;
                break dispatch;
              }
              const max = code[repPattern + 2]!;
              if ((count < max || max === CODE_MAXREPEAT) && st.ptr !== repeats[rep + R_LAST_PTR]) {
                repeats[rep + R_COUNT] = count;
                frames[fp + F_LASTMARK] = st.lastmark;
                frames[fp + F_LASTINDEX] = st.lastindex;
                st.markPush(st.lastmark);
                st.pushWord(repeats[rep + R_LAST_PTR]!);
                st.repeats[rep + R_LAST_PTR] = st.ptr;
                jumpKind = J_MAX_UNTIL_2;
                jumpTarget = repPattern + 3;
                jumpToplevel = frames[fp + F_TOPLEVEL]!;
                action = A_PUSH;
                break dispatch;
              }
              action = A_MAX_UNTIL_TAIL;
              break dispatch;
            }

            case 18 satisfies typeof OP.MIN_UNTIL: {
              const rep = st.repeat;
              if (rep < 0) throw new Error('regex internal error: MIN_UNTIL without REPEAT');
              const repeats = st.repeats;
              st.ptr = ptr;
              const count = repeats[rep + R_COUNT]! + 1;
              frames[fp + F_COUNT] = count;
              frames[fp + F_U] = rep;
              const repPattern = repeats[rep + R_PATTERN]!;
              if (count < code[repPattern + 1]!) {
                repeats[rep + R_COUNT] = count;
                jumpKind = J_MIN_UNTIL_1;
                jumpTarget = repPattern + 3;
                jumpToplevel = frames[fp + F_TOPLEVEL]!;
                action = A_PUSH;
                break dispatch;
              }
              st.repeat = repeats[rep + R_PREV]!;
              frames[fp + F_LASTMARK] = st.lastmark;
              frames[fp + F_LASTINDEX] = st.lastindex;
              if (st.repeat >= 0) st.markPush(st.lastmark);
              jumpKind = J_MIN_UNTIL_2;
              jumpTarget = pc;
              jumpToplevel = frames[fp + F_TOPLEVEL]!;
              action = A_PUSH;
              break dispatch;
            }

            case 26 satisfies typeof OP.POSSESSIVE_REPEAT:
              // <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail
              st.ptr = ptr;
              frames[fp + F_COUNT] = 0;
              action = A_POSS_MIN_LOOP;
              break dispatch;

            case 25 satisfies typeof OP.ATOMIC_GROUP:
              st.ptr = ptr;
              jumpKind = J_ATOMIC_GROUP;
              jumpTarget = pc + 1;
              jumpToplevel = 0;
              action = A_PUSH;
              break dispatch;

            case 11 satisfies typeof OP.GROUPREF:
            case 28 satisfies typeof OP.GROUPREF_IGNORE:
            case 32 satisfies typeof OP.GROUPREF_UNI_IGNORE:
            case 41 satisfies typeof OP.GROUPREF_LOC_IGNORE: {
              const op = code[pc - 1];
              const groupref = code[pc]! * 2;
              if (groupref >= st.lastmark) break dispatch;
              let p = st.marks[groupref]!;
              const e = st.marks[groupref + 1]!;
              if (p < 0 || e < 0 || e < p) break dispatch;
              let ok = true;
              if (op === OP.GROUPREF) {
                while (p < e) {
                  if (ptr >= end || chars[ptr] !== chars[p]) {
                    ok = false;
                    break;
                  }
                  p++;
                  ptr++;
                }
              } else if (op === OP.GROUPREF_LOC_IGNORE) {
                while (p < e) {
                  if (ptr >= end || lowerLocale(chars[ptr]!) !== lowerLocale(chars[p]!)) {
                    ok = false;
                    break;
                  }
                  p++;
                  ptr++;
                }
              } else if (op === OP.GROUPREF_IGNORE) {
                while (p < e) {
                  if (ptr >= end || lowerAscii(chars[ptr]!) !== lowerAscii(chars[p]!)) {
                    ok = false;
                    break;
                  }
                  p++;
                  ptr++;
                }
              } else {
                while (p < e) {
                  if (ptr >= end || lowerUnicode(chars[ptr]!) !== lowerUnicode(chars[p]!)) {
                    ok = false;
                    break;
                  }
                  p++;
                  ptr++;
                }
              }
              if (!ok) break dispatch;
              pc++;
              continue;
            }

            case 12 satisfies typeof OP.GROUPREF_EXISTS: {
              const groupref = code[pc]! * 2;
              if (groupref >= st.lastmark) {
                pc += code[pc + 1]!;
                continue;
              }
              const p = st.marks[groupref]!;
              const e = st.marks[groupref + 1]!;
              if (p < 0 || e < 0 || e < p) {
                pc += code[pc + 1]!;
                continue;
              }
              pc += 2;
              continue;
            }

            case 4 satisfies typeof OP.ASSERT: {
              // <ASSERT> <skip> <back> pattern
              const back = code[pc + 1]!;
              if (ptr < back) break dispatch;
              st.ptr = ptr - back;
              jumpKind = J_ASSERT;
              jumpTarget = pc + 2;
              jumpToplevel = 0;
              action = A_PUSH;
              break dispatch;
            }

            case 5 satisfies typeof OP.ASSERT_NOT: {
              const back = code[pc + 1]!;
              if (ptr >= back) {
                st.ptr = ptr - back;
                frames[fp + F_LASTMARK] = st.lastmark;
                frames[fp + F_LASTINDEX] = st.lastindex;
                if (st.repeat >= 0) st.markPush(st.lastmark);
                jumpKind = J_ASSERT_NOT;
                jumpTarget = pc + 2;
                jumpToplevel = 0;
                action = A_PUSH;
                break dispatch;
              }
              pc += code[pc]!;
              continue;
            }

            case 0 satisfies typeof OP.FAILURE:
              break dispatch;

            default:
              throw new Error(`regex internal error: bad opcode ${code[pc - 1]}`);
          }
        }
        // Leaving dispatch without another action set means failure.
        if (action === A_DISPATCH) {
          ret = false;
          action = A_RETURN;
        }
        break;
      }

      case 1 satisfies typeof A_RETURN: {
        const jump = frames[fp + F_JUMP]!;
        if (fp === 0) {
          st.frames = frames;
          st.steps += localSteps;
          return ret;
        }
        fp -= FRAME_SIZE;
        pc = frames[fp + F_PC]!;
        ptr = frames[fp + F_PTR]!;
        action = A_DISPATCH;
        switch (jump) {
          case 11 satisfies typeof J_BRANCH:
            if (ret) {
              if (st.repeat >= 0) st.markPopDiscard(frames[fp + F_LASTMARK]!);
              action = A_RETURN;
              break;
            }
            if (st.repeat >= 0) st.markPopKeep(frames[fp + F_LASTMARK]!);
            st.lastmark = frames[fp + F_LASTMARK]!;
            st.lastindex = frames[fp + F_LASTINDEX]!;
            pc += code[pc]!;
            action = A_BRANCH_LOOP;
            break;

          case 8 satisfies typeof J_REPEAT_ONE_1:
          case 9 satisfies typeof J_REPEAT_ONE_2:
            if (ret) {
              if (st.repeat >= 0) st.markPopDiscard(frames[fp + F_LASTMARK]!);
              action = A_RETURN;
              break;
            }
            if (st.repeat >= 0) st.markPopKeep(frames[fp + F_LASTMARK]!);
            st.lastmark = frames[fp + F_LASTMARK]!;
            st.lastindex = frames[fp + F_LASTINDEX]!;
            ptr--;
            frames[fp + F_COUNT]!--;
            action = jump === J_REPEAT_ONE_1 ? A_REPEAT_ONE_LITERAL_LOOP : A_REPEAT_ONE_LOOP;
            break;

          case 10 satisfies typeof J_MIN_REPEAT_ONE: {
            if (ret) {
              if (st.repeat >= 0) st.markPopDiscard(frames[fp + F_LASTMARK]!);
              action = A_RETURN;
              break;
            }
            if (st.repeat >= 0) st.markPopKeep(frames[fp + F_LASTMARK]!);
            st.lastmark = frames[fp + F_LASTMARK]!;
            st.lastindex = frames[fp + F_LASTINDEX]!;
            st.ptr = ptr;
            if (countRepeats(st, pc + 3, 1) === 0) {
              if (st.repeat >= 0) st.markPopDiscard(frames[fp + F_LASTMARK]!);
              ret = false;
              action = A_RETURN;
              break;
            }
            ptr++;
            frames[fp + F_COUNT]!++;
            action = A_MIN_REPEAT_ONE_LOOP;
            break;
          }

          case 7 satisfies typeof J_REPEAT:
            st.repeat = st.repeats[frames[fp + F_U]! + R_PREV]!;
            st.freeRepeat();
            action = A_RETURN;
            break;

          case 1 satisfies typeof J_MAX_UNTIL_1:
          case 4 satisfies typeof J_MIN_UNTIL_1: {
            if (ret) {
              action = A_RETURN;
              break;
            }
            const rep = frames[fp + F_U]!;
            st.repeats[rep + R_COUNT] = frames[fp + F_COUNT]! - 1;
            st.ptr = ptr;
            action = A_RETURN;
            break;
          }

          case 2 satisfies typeof J_MAX_UNTIL_2: {
            const rep = frames[fp + F_U]!;
            st.repeats[rep + R_LAST_PTR] = st.popWord();
            if (ret) {
              st.markPopDiscard(frames[fp + F_LASTMARK]!);
              action = A_RETURN;
              break;
            }
            st.markPop(frames[fp + F_LASTMARK]!);
            st.lastmark = frames[fp + F_LASTMARK]!;
            st.lastindex = frames[fp + F_LASTINDEX]!;
            st.repeats[rep + R_COUNT] = frames[fp + F_COUNT]! - 1;
            st.ptr = ptr;
            action = A_MAX_UNTIL_TAIL;
            break;
          }

          case 3 satisfies typeof J_MAX_UNTIL_3:
            st.repeat = frames[fp + F_U]!;
            if (ret) {
              action = A_RETURN;
              break;
            }
            st.ptr = ptr;
            action = A_RETURN;
            break;

          case 5 satisfies typeof J_MIN_UNTIL_2: {
            const rep = frames[fp + F_U]!;
            const repeatOfTail = st.repeat;
            st.repeat = rep;
            if (ret) {
              if (repeatOfTail >= 0) st.markPopDiscard(frames[fp + F_LASTMARK]!);
              action = A_RETURN;
              break;
            }
            if (repeatOfTail >= 0) st.markPop(frames[fp + F_LASTMARK]!);
            st.lastmark = frames[fp + F_LASTMARK]!;
            st.lastindex = frames[fp + F_LASTINDEX]!;
            st.ptr = ptr;
            const repeats = st.repeats;
            const repPattern = repeats[rep + R_PATTERN]!;
            const max = code[repPattern + 2]!;
            const count = frames[fp + F_COUNT]!;
            if ((count >= max && max !== CODE_MAXREPEAT) || st.ptr === repeats[rep + R_LAST_PTR]) {
              action = A_RETURN;
              break;
            }
            repeats[rep + R_COUNT] = count;
            st.pushWord(repeats[rep + R_LAST_PTR]!);
            st.repeats[rep + R_LAST_PTR] = st.ptr;
            jumpKind = J_MIN_UNTIL_3;
            jumpTarget = repPattern + 3;
            jumpToplevel = frames[fp + F_TOPLEVEL]!;
            action = A_PUSH;
            break;
          }

          case 6 satisfies typeof J_MIN_UNTIL_3: {
            const rep = frames[fp + F_U]!;
            st.repeats[rep + R_LAST_PTR] = st.popWord();
            if (ret) {
              action = A_RETURN;
              break;
            }
            st.repeats[rep + R_COUNT] = frames[fp + F_COUNT]! - 1;
            st.ptr = ptr;
            action = A_RETURN;
            break;
          }

          case 14 satisfies typeof J_POSS_REPEAT_1:
            if (ret) {
              frames[fp + F_COUNT]!++;
              action = A_POSS_MIN_LOOP;
              break;
            }
            st.ptr = ptr;
            action = A_RETURN;
            break;

          case 15 satisfies typeof J_POSS_REPEAT_2:
            if (ret) {
              st.markPopDiscard(frames[fp + F_LASTMARK]!);
              frames[fp + F_COUNT]!++;
              action = A_POSS_LOOP;
              break;
            }
            st.markPop(frames[fp + F_LASTMARK]!);
            st.lastmark = frames[fp + F_LASTMARK]!;
            st.lastindex = frames[fp + F_LASTINDEX]!;
            st.ptr = ptr;
            pc += code[pc]! + 1;
            ptr = st.ptr;
            action = A_DISPATCH;
            break;

          case 16 satisfies typeof J_ATOMIC_GROUP:
            if (!ret) {
              st.ptr = ptr;
              action = A_RETURN;
              break;
            }
            pc += code[pc]!;
            ptr = st.ptr;
            action = A_DISPATCH;
            break;

          case 12 satisfies typeof J_ASSERT:
            if (!ret) {
              action = A_RETURN;
              break;
            }
            pc += code[pc]!;
            action = A_DISPATCH;
            break;

          case 13 satisfies typeof J_ASSERT_NOT:
            if (ret) {
              if (st.repeat >= 0) st.markPopDiscard(frames[fp + F_LASTMARK]!);
              ret = false;
              action = A_RETURN;
              break;
            }
            if (st.repeat >= 0) st.markPop(frames[fp + F_LASTMARK]!);
            st.lastmark = frames[fp + F_LASTMARK]!;
            st.lastindex = frames[fp + F_LASTINDEX]!;
            pc += code[pc]!;
            action = A_DISPATCH;
            break;

          default:
            throw new Error(`regex internal error: bad return label ${jump}`);
        }
        break;
      }

      case 3 satisfies typeof A_BRANCH_LOOP: {
        // pc points at the skip of the next alternative; <BRANCH> <skip> code <JUMP> ... <0>
        action = A_RETURN;
        ret = false;
        for (; code[pc] !== 0; pc += code[pc]!) {
          if (++st.steps >= STEP_CHUNK) st.flushSteps();
          const first = code[pc + 1];
          if (first === OP.LITERAL && (ptr >= end || chars[ptr] !== code[pc + 2])) continue;
          if (first === OP.IN && (ptr >= end || !inCharset(code, pc + 3, chars[ptr]!))) continue;
          st.ptr = ptr;
          jumpKind = J_BRANCH;
          jumpTarget = pc + 1;
          jumpToplevel = frames[fp + F_TOPLEVEL]!;
          action = A_PUSH;
          break;
        }
        if (action === A_RETURN && st.repeat >= 0) st.markPopDiscard(frames[fp + F_LASTMARK]!);
        break;
      }

      case 4 satisfies typeof A_REPEAT_ONE_LITERAL_LOOP: {
        // pc points at the REPEAT_ONE skip.
        const min = code[pc + 1]!;
        const chr = frames[fp + F_U]!;
        let count = frames[fp + F_COUNT]!;
        while (count >= min && (ptr >= end || chars[ptr] !== chr)) {
          ptr--;
          count--;
        }
        st.steps += frames[fp + F_COUNT]! - count;
        frames[fp + F_COUNT] = count;
        if (count < min) {
          if (st.repeat >= 0) st.markPopDiscard(frames[fp + F_LASTMARK]!);
          ret = false;
          action = A_RETURN;
          break;
        }
        st.ptr = ptr;
        jumpKind = J_REPEAT_ONE_1;
        jumpTarget = pc + code[pc]!;
        jumpToplevel = frames[fp + F_TOPLEVEL]!;
        action = A_PUSH;
        break;
      }

      case 5 satisfies typeof A_REPEAT_ONE_LOOP: {
        if (frames[fp + F_COUNT]! < code[pc + 1]!) {
          if (st.repeat >= 0) st.markPopDiscard(frames[fp + F_LASTMARK]!);
          ret = false;
          action = A_RETURN;
          break;
        }
        st.ptr = ptr;
        jumpKind = J_REPEAT_ONE_2;
        jumpTarget = pc + code[pc]!;
        jumpToplevel = frames[fp + F_TOPLEVEL]!;
        action = A_PUSH;
        break;
      }

      case 6 satisfies typeof A_MIN_REPEAT_ONE_LOOP: {
        const max = code[pc + 2]!;
        if (max === CODE_MAXREPEAT || frames[fp + F_COUNT]! <= max) {
          st.ptr = ptr;
          jumpKind = J_MIN_REPEAT_ONE;
          jumpTarget = pc + code[pc]!;
          jumpToplevel = frames[fp + F_TOPLEVEL]!;
          action = A_PUSH;
          break;
        }
        if (st.repeat >= 0) st.markPopDiscard(frames[fp + F_LASTMARK]!);
        ret = false;
        action = A_RETURN;
        break;
      }

      case 7 satisfies typeof A_MAX_UNTIL_TAIL: {
        // Cannot match more repeated items here; make sure the tail matches. pc is the tail.
        const rep = frames[fp + F_U]!;
        st.repeat = st.repeats[rep + R_PREV]!;
        jumpKind = J_MAX_UNTIL_3;
        jumpTarget = pc;
        jumpToplevel = frames[fp + F_TOPLEVEL]!;
        action = A_PUSH;
        break;
      }

      case 8 satisfies typeof A_POSS_MIN_LOOP: {
        // pc points at the POSSESSIVE_REPEAT skip.
        if (frames[fp + F_COUNT]! < code[pc + 1]!) {
          jumpKind = J_POSS_REPEAT_1;
          jumpTarget = pc + 3;
          jumpToplevel = 0;
          action = A_PUSH;
          break;
        }
        ptr = -1;
        action = A_POSS_LOOP;
        break;
      }

      case 9 satisfies typeof A_POSS_LOOP: {
        const max = code[pc + 2]!;
        const count = frames[fp + F_COUNT]!;
        if ((count < max || max === CODE_MAXREPEAT) && st.ptr !== ptr) {
          frames[fp + F_LASTMARK] = st.lastmark;
          frames[fp + F_LASTINDEX] = st.lastindex;
          st.markPush(st.lastmark);
          ptr = st.ptr;
          jumpKind = J_POSS_REPEAT_2;
          jumpTarget = pc + 3;
          jumpToplevel = 0;
          action = A_PUSH;
          break;
        }
        pc += code[pc]! + 1;
        ptr = st.ptr;
        action = A_DISPATCH;
        break;
      }

      default:
        throw new Error(`regex internal error: bad action ${action}`);
    }
  }
}

// time.strptime's parser, written directly (no regular expressions) to accept what CPython's
// _strptime patterns accept in the C locale: numeric fields take the longest digit run in range,
// names match case-insensitively, whitespace matches any run of whitespace. Leaves building the
// struct_time to the caller.

import { valueError } from '../../objects/errors.js';
import { pyRepr } from '../../objects/protocol-repr.js';
import { civilFromDays, dayOfYear, daysFromCivil, weekdayOfDays } from './civil.js';
import { DAY_NAMES, MONTH_NAMES } from './strftime.js';

/** What strptime found. */
export interface ParsedTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
  yearDay: number;
  isdst: number;
  /** Microseconds of %f (datetime uses it; time.strptime drops it). */
  fraction: number;
  zone: string | null;
  gmtoff: number | null;
}

// Null-prototype tables: they are indexed by a character from the program's format string.
const NUMERIC: Record<string, readonly [number, number, number]> = Object.assign(
  Object.create(null),
  {
    // directive: [max digits, min value, max value]
    d: [2, 1, 31],
    H: [2, 0, 23],
    I: [2, 1, 12],
    j: [3, 1, 366],
    m: [2, 1, 12],
    M: [2, 0, 59],
    S: [2, 0, 61],
    U: [2, 0, 53],
    W: [2, 0, 53],
    V: [2, 1, 53],
    w: [1, 0, 6],
    u: [1, 1, 7],
  },
);

const EXPANSIONS: Record<string, string> = Object.assign(Object.create(null), {
  c: '%a %b %d %H:%M:%S %Y',
  x: '%m/%d/%y',
  X: '%H:%M:%S',
});

const KNOWN = new Set([...Object.keys(NUMERIC), ...Object.keys(EXPANSIONS), ...'fGyYzAaBbpZ%']);

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/.test(char);
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/** Expands %c/%x/%X and checks every directive (ValueError for a bad one or a stray %). */
function expandFormat(format: string): string {
  let out = '';
  for (let index = 0; index < format.length; index++) {
    const char = format[index]!;
    if (char !== '%') {
      out += char;
      continue;
    }
    const code = format[index + 1];
    if (code === undefined) throw valueError(`stray % in format ${pyRepr(format)}`);
    if (!KNOWN.has(code)) {
      throw valueError(`${pyRepr(code)} is a bad directive in format ${pyRepr(format)}`);
    }
    out += EXPANSIONS[code] ?? `%${code}`;
    index++;
  }
  return out;
}

/** Matches one name from `names` (case-insensitive, first in order), returning its index. */
function matchName(text: string, at: number, names: readonly string[]): [number, number] | null {
  const rest = text.slice(at).toLowerCase();
  for (let index = 0; index < names.length; index++) {
    const name = names[index]!.toLowerCase();
    if (rest.startsWith(name)) return [index, at + name.length];
  }
  return null;
}

/** The longest run of at most `maxDigits` digits at `at` whose value is in range. */
function matchNumber(
  text: string,
  at: number,
  maxDigits: number,
  min: number,
  max: number,
): [number, number] | null {
  for (let length = maxDigits; length >= 1; length--) {
    const piece = text.slice(at, at + length);
    if (piece.length !== length || ![...piece].every(isDigit)) continue;
    const value = Number(piece);
    if (value >= min && value <= max) return [value, at + length];
  }
  return null;
}

function matchExactDigits(text: string, at: number, count: number): [number, number] | null {
  const piece = text.slice(at, at + count);
  if (piece.length !== count || ![...piece].every(isDigit)) return null;
  return [Number(piece), at + count];
}

interface Found {
  values: Map<string, number>;
  zone: string | null;
  gmtoff: number | null;
}

function matchDirective(code: string, text: string, at: number, found: Found): number | null {
  const numeric = NUMERIC[code];
  if (numeric !== undefined) {
    let start = at;
    if (code === 'd' && text[at] === ' ') start = at + 1;
    const match = matchNumber(text, start, numeric[0], numeric[1], numeric[2]);
    if (match === null) return null;
    found.values.set(code, match[0]);
    return match[1];
  }
  switch (code) {
    case 'Y':
    case 'G': {
      const match = matchExactDigits(text, at, 4);
      if (match === null) return null;
      found.values.set(code, match[0]);
      return match[1];
    }
    case 'y': {
      const match = matchExactDigits(text, at, 2);
      if (match === null) return null;
      found.values.set(code, match[0]);
      return match[1];
    }
    case 'f': {
      let end = at;
      while (end < text.length && end - at < 6 && isDigit(text[end])) end++;
      if (end === at) return null;
      found.values.set('f', Number(text.slice(at, end).padEnd(6, '0')));
      return end;
    }
    case 'A':
    case 'a': {
      const names = code === 'A' ? DAY_NAMES : DAY_NAMES.map((name) => name.slice(0, 3));
      const match = matchName(text, at, names);
      if (match === null) return null;
      found.values.set('weekday', match[0]);
      return match[1];
    }
    case 'B':
    case 'b': {
      const names = code === 'B' ? MONTH_NAMES : MONTH_NAMES.map((name) => name.slice(0, 3));
      const match = matchName(text, at, names);
      if (match === null) return null;
      found.values.set('m', match[0] + 1);
      return match[1];
    }
    case 'p': {
      const match = matchName(text, at, ['am', 'pm']);
      if (match === null) return null;
      found.values.set('p', match[0]);
      return match[1];
    }
    case 'Z': {
      const match = matchName(text, at, ['utc', 'gmt']);
      if (match === null) return null;
      found.zone = text.slice(at, match[1]);
      return match[1];
    }
    case 'z':
      return matchOffset(text, at, found);
    case '%':
      return text[at] === '%' ? at + 1 : null;
    default:
      return null;
  }
}

/** `[+-]HH[:]MM[[:]SS[.ffffff]]` or `Z`. */
function matchOffset(text: string, at: number, found: Found): number | null {
  if (text[at] === 'Z') {
    found.gmtoff = 0;
    return at + 1;
  }
  const sign = text[at];
  if (sign !== '+' && sign !== '-') return null;
  let index = at + 1;
  const hours = matchExactDigits(text, index, 2);
  if (hours === null) return null;
  index = hours[1];
  if (text[index] === ':') index++;
  const minutes = matchExactDigits(text, index, 2);
  if (minutes === null || minutes[0] > 59) return null;
  index = minutes[1];
  let seconds = 0;
  const colon = text[index] === ':' ? 1 : 0;
  const secondsMatch = matchExactDigits(text, index + colon, 2);
  if (secondsMatch !== null && secondsMatch[0] <= 59) {
    seconds = secondsMatch[0];
    index = secondsMatch[1];
    if (text[index] === '.' && isDigit(text[index + 1])) {
      index++;
      while (isDigit(text[index])) index++;
    }
  }
  const total = hours[0] * 3600 + minutes[0] * 60 + seconds;
  found.gmtoff = sign === '-' ? -total : total;
  return index;
}

/** Parses `text` with `format` as time.strptime does (ValueError when it does not match). */
export function parseTime(text: string, format: string): ParsedTime {
  const pattern = expandFormat(format);
  const found: Found = { values: new Map(), zone: null, gmtoff: null };
  let at = 0;
  const mismatch = () =>
    valueError(`time data ${pyRepr(text)} does not match format ${pyRepr(format)}`);
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    if (char === '%') {
      const next = matchDirective(pattern[index + 1]!, text, at, found);
      if (next === null) throw mismatch();
      at = next;
      index++;
    } else if (isSpace(char)) {
      while (isSpace(pattern[index + 1])) index++;
      if (!isSpace(text[at])) throw mismatch();
      while (isSpace(text[at])) at++;
    } else {
      if (text[at]?.toLowerCase() !== char.toLowerCase()) throw mismatch();
      at++;
    }
  }
  if (at < text.length) throw valueError(`unconverted data remains: ${text.slice(at)}`);
  return buildTime(found);
}

function buildTime(found: Found): ParsedTime {
  const values = found.values;
  let year = values.get('Y') ?? 1900;
  const shortYear = values.get('y');
  if (shortYear !== undefined && !values.has('Y')) {
    year = shortYear <= 68 ? 2000 + shortYear : 1900 + shortYear;
  }
  const month = values.get('m') ?? 1;
  const day = values.get('d') ?? 1;
  let hour = values.get('H') ?? 0;
  if (values.has('I')) {
    hour = values.get('I')!;
    const pm = values.get('p');
    if (pm === 1) hour = hour === 12 ? 12 : hour + 12;
    else if (hour === 12) hour = 0;
  }
  let weekday = values.get('weekday') ?? null;
  if (weekday === null && values.has('w')) weekday = (values.get('w')! + 6) % 7;
  if (weekday === null && values.has('u')) weekday = values.get('u')! - 1;
  let julian = values.get('j') ?? null;
  const leapYearFix = !values.has('Y') && !values.has('y') && month === 2 && day === 29;
  if (leapYearFix) year = 1904;
  let date = { year, month, day };
  const isoYear = values.get('G');
  const isoWeekNumber = values.get('V');
  if (isoYear !== undefined && isoWeekNumber !== undefined && weekday !== null && julian === null) {
    const jan4 = daysFromCivil(isoYear, 1, 4);
    const week1Monday = jan4 - weekdayOfDays(jan4);
    date = civilFromDays(week1Monday + (isoWeekNumber - 1) * 7 + weekday);
  } else if (julian === null && weekday !== null && (values.has('U') || values.has('W'))) {
    const mondayFirst = values.has('W');
    const weekOfYear = values.get(mondayFirst ? 'W' : 'U')!;
    const firstWeekday = weekdayOfDays(daysFromCivil(year, 1, 1));
    let first = firstWeekday;
    let target = weekday;
    if (!mondayFirst) {
      first = (first + 1) % 7;
      target = (target + 1) % 7;
    }
    if (weekOfYear === 0) julian = 1 + target - first;
    else julian = 1 + ((7 - first) % 7) + 7 * (weekOfYear - 1) + target;
  }
  if (julian !== null) {
    date = civilFromDays(daysFromCivil(year, 1, 1) + julian - 1);
  }
  const days = daysFromCivil(date.year, date.month, date.day);
  if (weekday === null) weekday = weekdayOfDays(days);
  if (julian === null) julian = dayOfYear(date.year, date.month, date.day);
  if (leapYearFix) date = { ...date, year: 1900 };
  let isdst = -1;
  if (found.zone !== null && /^(utc|gmt)$/i.test(found.zone)) isdst = 0;
  return {
    year: date.year,
    month: date.month,
    day: date.day,
    hour,
    minute: values.get('M') ?? 0,
    second: values.get('S') ?? 0,
    weekday,
    yearDay: julian,
    isdst,
    fraction: values.get('f') ?? 0,
    zone: found.zone,
    gmtoff: found.gmtoff,
  };
}

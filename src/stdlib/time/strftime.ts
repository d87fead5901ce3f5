// time.strftime's formatting, as glibc does it in the C locale with UTC as local time: every
// conversion glibc knows (%a…%Z, %G/%V ISO weeks, %s), the -, _, 0 and ^ flags and field widths;
// an unknown conversion is copied through unchanged.

import { daysFromCivil, isLeapYear } from './civil.js';
import type { TimeFields } from './struct-time.js';

/** Weekday names, Monday first. */
export const DAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

/** Month names, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function pad(value: number, width: number, fill: string): string {
  const text = String(Math.abs(value));
  const padded = text.length >= width ? text : fill.repeat(width - text.length) + text;
  return value < 0 ? `-${padded}` : padded;
}

/** The ISO 8601 year and week number of a date given its 0-based day of year and weekday. */
export function isoWeek(year: number, yearDay0: number, weekday: number): [number, number] {
  let thursday = yearDay0 - weekday + 3;
  if (thursday < 0) {
    const previous = year - 1;
    thursday += isLeapYear(previous) ? 366 : 365;
    return [previous, Math.floor(thursday / 7) + 1];
  }
  const length = isLeapYear(year) ? 366 : 365;
  if (thursday >= length) return [year + 1, 1];
  return [year, Math.floor(thursday / 7) + 1];
}

interface Conversion {
  /** The text (numbers already formatted with their default padding). */
  readonly text: string;
  /** For numeric conversions: the value and default width, so flags can re-pad it. */
  readonly number?: number;
  readonly width?: number;
  readonly fill?: string;
}

function numeric(value: number, width: number, fill = '0'): Conversion {
  return { text: pad(value, width, fill), number: value, width, fill };
}

function convert(code: string, time: TimeFields): Conversion | null {
  const hour12 = time.hour % 12 === 0 ? 12 : time.hour % 12;
  const yearDay0 = time.yearDay - 1;
  const sundayWeekday = (time.weekday + 1) % 7;
  switch (code) {
    case 'a':
      return { text: DAY_NAMES[time.weekday]!.slice(0, 3) };
    case 'A':
      return { text: DAY_NAMES[time.weekday]! };
    case 'b':
    case 'h':
      return { text: MONTH_NAMES[time.month - 1]!.slice(0, 3) };
    case 'B':
      return { text: MONTH_NAMES[time.month - 1]! };
    case 'c':
      return { text: formatTime('%a %b %e %H:%M:%S %Y', time) };
    case 'C':
      return numeric(Math.floor(time.year / 100), time.year >= 1000 ? 2 : 1);
    case 'd':
      return numeric(time.day, 2);
    case 'D':
    case 'x':
      return { text: formatTime('%m/%d/%y', time) };
    case 'e':
      return numeric(time.day, 2, ' ');
    case 'F':
      return { text: formatTime('%Y-%m-%d', time) };
    case 'G':
      return numeric(isoWeek(time.year, yearDay0, time.weekday)[0], 1);
    case 'g':
      return numeric(((isoWeek(time.year, yearDay0, time.weekday)[0] % 100) + 100) % 100, 2);
    case 'H':
      return numeric(time.hour, 2);
    case 'I':
      return numeric(hour12, 2);
    case 'j':
      return numeric(time.yearDay, 3);
    case 'k':
      return numeric(time.hour, 2, ' ');
    case 'l':
      return numeric(hour12, 2, ' ');
    case 'm':
      return numeric(time.month, 2);
    case 'M':
      return numeric(time.minute, 2);
    case 'n':
      return { text: '\n' };
    case 'p':
      return { text: time.hour < 12 ? 'AM' : 'PM' };
    case 'P':
      return { text: time.hour < 12 ? 'am' : 'pm' };
    case 'r':
      return { text: formatTime('%I:%M:%S %p', time) };
    case 'R':
      return { text: formatTime('%H:%M', time) };
    case 's': {
      const days = daysFromCivil(time.year, time.month, time.day);
      return numeric(days * 86400 + time.hour * 3600 + time.minute * 60 + time.second, 1);
    }
    case 'S':
      return numeric(time.second, 2);
    case 't':
      return { text: '\t' };
    case 'T':
    case 'X':
      return { text: formatTime('%H:%M:%S', time) };
    case 'u':
      return numeric(time.weekday + 1, 1);
    case 'U':
      return numeric(Math.floor((yearDay0 + 7 - sundayWeekday) / 7), 2);
    case 'V':
      return numeric(isoWeek(time.year, yearDay0, time.weekday)[1], 2);
    case 'w':
      return numeric(sundayWeekday, 1);
    case 'W':
      return numeric(Math.floor((yearDay0 + 7 - time.weekday) / 7), 2);
    case 'y':
      return numeric(((time.year % 100) + 100) % 100, 2);
    case 'Y':
      return numeric(time.year, 1);
    case 'z':
      return { text: '+0000' };
    case 'Z':
      return { text: time.zone ?? 'UTC' };
    case '%':
      return { text: '%' };
    default:
      return null;
  }
}

/** Formats `time` (already range-checked) with a strftime format. */
export function formatTime(format: string, time: TimeFields): string {
  let out = '';
  let index = 0;
  while (index < format.length) {
    const char = format[index]!;
    if (char !== '%' || index + 1 >= format.length) {
      out += char;
      index++;
      continue;
    }
    const start = index;
    index++;
    let flag = '';
    while (index < format.length && '-_0^#'.includes(format[index]!)) flag = format[index++]!;
    let widthText = '';
    while (index < format.length && format[index]! >= '0' && format[index]! <= '9') {
      widthText += format[index++];
    }
    if (index < format.length && (format[index] === 'E' || format[index] === 'O')) index++;
    const code = format[index];
    if (code === undefined) {
      out += format.slice(start);
      break;
    }
    index++;
    const conversion = convert(code, time);
    if (conversion === null) {
      out += format.slice(start, index);
      continue;
    }
    let text = conversion.text;
    if (conversion.number !== undefined) {
      const width = widthText !== '' ? Number(widthText) : conversion.width!;
      if (flag === '-') text = String(conversion.number);
      else if (flag === '_') text = pad(conversion.number, width, ' ');
      else if (flag === '0') text = pad(conversion.number, width, '0');
      else if (widthText !== '') text = pad(conversion.number, width, conversion.fill!);
    } else if (widthText !== '') {
      const width = Number(widthText);
      if (text.length < width) text = (flag === '0' ? '0' : ' ').repeat(width - text.length) + text;
    }
    if (flag === '^') text = text.toUpperCase();
    out += text;
  }
  return out;
}

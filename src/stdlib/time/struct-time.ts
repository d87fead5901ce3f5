// `time.struct_time`: a 9-field struct sequence (a tuple with named fields) plus the tm_zone and
// tm_gmtoff attributes, and the conversion of time tuples passed to strftime/mktime/asctime.

import { makeBuiltinType, tupleType } from '../../objects/builtin-types.js';
import { typeError, valueError } from '../../objects/errors.js';
import { defineGetSet, defineMethod, defineStaticMethod } from '../../objects/native-function.js';
import { iterableToArray } from '../../objects/protocol-iter.js';
import { indexAsNumber } from '../../objects/protocol-number.js';
import { pyRepr } from '../../objects/protocol-repr.js';
import type { PyValue } from '../../objects/py-object.js';
import type { PyType } from '../../objects/py-type.js';
import { None } from '../../objects/singletons.js';
import { PyTuple } from '../../objects/tuple.js';
import type { BrokenDownTime } from './civil.js';

/** `time.struct_time`. */
export const structTimeType = makeBuiltinType('struct_time', tupleType, {
  module: 'time',
  subclassable: false,
});

const FIELDS = [
  'tm_year',
  'tm_mon',
  'tm_mday',
  'tm_hour',
  'tm_min',
  'tm_sec',
  'tm_wday',
  'tm_yday',
  'tm_isdst',
] as const;

/** A struct_time: the 9 tuple items, and the zone name and UTC offset (None when unknown). */
export class PyStructTime extends PyTuple {
  readonly zone: PyValue;
  readonly gmtoff: PyValue;

  constructor(
    items: readonly PyValue[],
    zone: PyValue,
    gmtoff: PyValue,
    cls: PyType = structTimeType,
  ) {
    super(items, cls);
    this.zone = zone;
    this.gmtoff = gmtoff;
  }
}

/** The struct_time of a UTC broken-down time; `zone` is 'GMT' for gmtime, 'UTC' for localtime. */
export function makeStructTime(time: BrokenDownTime, zone: string, isdst = 0): PyStructTime {
  return new PyStructTime(
    [
      time.year,
      time.month,
      time.day,
      time.hour,
      time.minute,
      time.second,
      time.weekday,
      time.yearDay,
      isdst,
    ],
    zone,
    0,
  );
}

defineStaticMethod(structTimeType, '__new__', (args, kwnames) => {
  const values = args.slice(1, args.length - (kwnames?.length ?? 0));
  if (values.length < 1)
    throw typeError("structseq() missing required argument 'sequence' (pos 1)");
  const items = iterableToArray(values[0]!);
  if (items.length < 9) {
    throw typeError(
      `time.struct_time() takes an at least 9-sequence (${items.length}-sequence given)`,
    );
  }
  if (items.length > 11) {
    throw typeError(
      `time.struct_time() takes an at most 11-sequence (${items.length}-sequence given)`,
    );
  }
  return new PyStructTime(items.slice(0, 9), items[9] ?? None, items[10] ?? None);
});

FIELDS.forEach((field, index) => {
  defineGetSet(structTimeType, field, (obj) => (obj as PyTuple).items[index]!);
});
defineGetSet(structTimeType, 'tm_zone', (obj) => (obj as PyStructTime).zone);
defineGetSet(structTimeType, 'tm_gmtoff', (obj) => (obj as PyStructTime).gmtoff);
structTimeType.setAttr('n_sequence_fields', 9);
structTimeType.setAttr('n_fields', 11);
structTimeType.setAttr('n_unnamed_fields', 0);
defineMethod(structTimeType, '__repr__', (args) => {
  const items = (args[0] as PyTuple).items;
  const parts = FIELDS.map((field, index) => `${field}=${pyRepr(items[index]!)}`);
  return `time.struct_time(${parts.join(', ')})`;
});
defineMethod(structTimeType, '__reduce__', (args) => {
  const self = args[0] as PyStructTime;
  return new PyTuple([structTimeType, new PyTuple([new PyTuple(self.items.slice())])]);
});

/** The fields of a time tuple argument, as numbers, with its zone (for %Z). */
export interface TimeFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
  yearDay: number;
  isdst: number;
  zone: string | null;
}

/**
 * Reads a struct_time or 9-tuple argument (TypeError "Tuple or struct_time argument required",
 * "`name`(): illegal time tuple argument" for a wrong length).
 */
export function timeFieldsOf(value: PyValue, functionName: string): TimeFields {
  if (!(value instanceof PyTuple)) throw typeError('Tuple or struct_time argument required');
  const items = value.items;
  if (items.length !== 9) throw typeError(`${functionName}(): illegal time tuple argument`);
  const numbers = items.map((item) => indexAsNumber(item));
  const zone = value instanceof PyStructTime && typeof value.zone === 'string' ? value.zone : null;
  return {
    year: numbers[0]!,
    month: numbers[1]!,
    day: numbers[2]!,
    hour: numbers[3]!,
    minute: numbers[4]!,
    second: numbers[5]!,
    weekday: numbers[6]!,
    yearDay: numbers[7]!,
    isdst: numbers[8]!,
    zone,
  };
}

/**
 * CPython's checktm for strftime/asctime: out-of-range fields raise ValueError; month, day and
 * yday of 0 are taken as 1 (the "zero means default" rule).
 */
export function checkTimeFields(fields: TimeFields): TimeFields {
  const checked = { ...fields };
  if (checked.month === 0) checked.month = 1;
  if (checked.day === 0) checked.day = 1;
  if (checked.yearDay === 0) checked.yearDay = 1;
  if (checked.month < 1 || checked.month > 12) throw valueError('month out of range');
  if (checked.day < 1 || checked.day > 31) throw valueError('day of month out of range');
  if (checked.hour < 0 || checked.hour > 23) throw valueError('hour out of range');
  if (checked.minute < 0 || checked.minute > 59) throw valueError('minute out of range');
  if (checked.second < 0 || checked.second > 61) throw valueError('seconds out of range');
  if (checked.weekday < 0) throw valueError('day of week out of range');
  checked.weekday %= 7;
  if (checked.yearDay < 1 || checked.yearDay > 366) throw valueError('day of year out of range');
  if (checked.isdst < -1) checked.isdst = -1;
  else if (checked.isdst > 1) checked.isdst = 1;
  return checked;
}

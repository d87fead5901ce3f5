// The `time` module over the clock capability: time/monotonic/perf_counter (and _ns), sleep (which
// advances a virtual clock or the real clock's offset instead of blocking the host, unless the
// host chose a blocking clock), gmtime/localtime (local time is UTC), mktime, strftime/strptime,
// asctime/ctime. Calendar math, struct_time and the formatters live in src/stdlib/time/.

import { bindArgs, checkArity, checkNoArgs } from '../objects/args.js';
import { overflowError, typeError, valueError } from '../objects/errors.js';
import { newFloat, PyFloat } from '../objects/float-type.js';
import { normalizeBigInt } from '../objects/int-type.js';
import { makeNativeFunction } from '../objects/native-function.js';
import { indexValue } from '../objects/protocol-number.js';
import type { PyValue } from '../objects/py-object.js';
import { None } from '../objects/singletons.js';
import { strValueOf } from '../objects/str-type.js';
import { PyTuple } from '../objects/tuple.js';
import { typeName } from '../objects/type-of.js';
import { currentCapabilities } from '../sandbox/capabilities.js';
import { registerNativeModule } from './registry.js';
import { brokenDown, daysFromCivil } from './time/civil.js';
import { formatTime } from './time/strftime.js';
import { parseTime } from './time/strptime.js';
import {
  checkTimeFields,
  makeStructTime,
  PyStructTime,
  structTimeType,
  timeFieldsOf,
} from './time/struct-time.js';

const NS_PER_SECOND = 1_000_000_000n;

function clock() {
  return currentCapabilities().clock;
}

function seconds(nanoseconds: bigint): PyFloat {
  const whole = nanoseconds / NS_PER_SECOND;
  const rest = nanoseconds - whole * NS_PER_SECOND;
  return newFloat(Number(whole) + Number(rest) / 1e9);
}

function noArgs(name: string, read: () => bigint, asFloat: boolean) {
  return makeNativeFunction('time', name, (args, kwnames) => {
    checkNoArgs(name, args, kwnames);
    const value = read();
    return asFloat ? seconds(value) : normalizeBigInt(value);
  });
}

const epoch = () => clock().epochNanoseconds();
const monotonic = () => clock().monotonicNanoseconds();

/** A number of seconds argument (int or float), as CPython's _PyTime_FromSecondsObject reads it. */
function secondsArgument(value: PyValue): number {
  if (value instanceof PyFloat) {
    if (Number.isNaN(value.value)) throw valueError('Invalid value NaN (not a number)');
    return value.value;
  }
  return Number(indexValue(value));
}

const sleep = makeNativeFunction('time', 'sleep', (args, kwnames) => {
  checkArity('sleep', args, kwnames, 1, 1);
  const duration = secondsArgument(args[0]!);
  if (duration < 0) throw valueError('sleep length must be non-negative');
  if (!Number.isFinite(duration))
    throw overflowError('timestamp too large to convert to C _PyTime_t');
  clock().sleep(BigInt(Math.round(duration * 1e9)));
  return None;
});

/** Whole seconds of an optional timestamp argument (None: now). */
function timestampArgument(value: PyValue | undefined): number {
  if (value === undefined || value === None) return Number(epoch() / NS_PER_SECOND);
  const secondsValue = secondsArgument(value);
  if (!Number.isFinite(secondsValue) || Math.abs(secondsValue) >= 9.2e18) {
    throw overflowError('timestamp out of range for platform time_t');
  }
  return Math.floor(secondsValue);
}

function convertTime(name: string, zone: string) {
  return makeNativeFunction('time', name, (args, kwnames) => {
    checkArity(name, args, kwnames, 0, 1);
    return makeStructTime(brokenDown(timestampArgument(args[0])), zone);
  });
}

const gmtime = convertTime('gmtime', 'GMT');
const localtime = convertTime('localtime', 'UTC');

const mktime = makeNativeFunction('time', 'mktime', (args, kwnames) => {
  checkArity('mktime', args, kwnames, 1, 1);
  const fields = timeFieldsOf(args[0]!, 'mktime');
  const monthIndex = fields.month - 1;
  const year = fields.year + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  const days = daysFromCivil(year, month, 1) + fields.day - 1;
  const total = days * 86400 + fields.hour * 3600 + fields.minute * 60 + fields.second;
  if (!Number.isSafeInteger(total)) throw overflowError('mktime argument out of range');
  return newFloat(total);
});

function currentFields(zone: string) {
  return timeFieldsOf(makeStructTime(brokenDown(timestampArgument(undefined)), zone), 'strftime');
}

const strftime = makeNativeFunction('time', 'strftime', (args, kwnames) => {
  checkArity('strftime', args, kwnames, 1, 2);
  const format = strValueOf(args[0]!);
  if (format === undefined) {
    throw typeError(`strftime() argument 1 must be str, not ${typeName(args[0]!)}`);
  }
  const fields = args[1] === undefined ? currentFields('UTC') : timeFieldsOf(args[1], 'strftime');
  return formatTime(format, checkTimeFields(fields));
});

const strptime = makeNativeFunction('time', 'strptime', (args, kwnames) => {
  const [text, format] = bindArgs('strptime', args, kwnames, ['string', 'format'], 1);
  const formatText = format === undefined ? '%a %b %d %H:%M:%S %Y' : format;
  [text!, formatText].forEach((value, index) => {
    if (strValueOf(value) === undefined) {
      throw typeError(`strptime() argument ${index} must be str, not <class '${typeName(value)}'>`);
    }
  });
  const parsed = parseTime(strValueOf(text!)!, strValueOf(formatText)!);
  return new PyStructTime(
    [
      parsed.year,
      parsed.month,
      parsed.day,
      parsed.hour,
      parsed.minute,
      parsed.second,
      parsed.weekday,
      parsed.yearDay,
      parsed.isdst,
    ],
    parsed.zone ?? None,
    parsed.gmtoff ?? None,
  );
});

const asctime = makeNativeFunction('time', 'asctime', (args, kwnames) => {
  checkArity('asctime', args, kwnames, 0, 1);
  const fields = args[0] === undefined ? currentFields('UTC') : timeFieldsOf(args[0], 'asctime');
  return formatTime('%a %b %e %H:%M:%S %Y', checkTimeFields(fields));
});

const ctime = makeNativeFunction('time', 'ctime', (args, kwnames) => {
  checkArity('ctime', args, kwnames, 0, 1);
  const struct = makeStructTime(brokenDown(timestampArgument(args[0])), 'UTC');
  return formatTime('%a %b %e %H:%M:%S %Y', timeFieldsOf(struct, 'ctime'));
});

const tzset = makeNativeFunction('time', 'tzset', (args, kwnames) => {
  checkNoArgs('tzset', args, kwnames);
  return None;
});

const FUNCTIONS = [
  noArgs('time', epoch, true),
  noArgs('time_ns', epoch, false),
  noArgs('monotonic', monotonic, true),
  noArgs('monotonic_ns', monotonic, false),
  noArgs('perf_counter', monotonic, true),
  noArgs('perf_counter_ns', monotonic, false),
  noArgs('process_time', monotonic, true),
  noArgs('process_time_ns', monotonic, false),
  noArgs('thread_time', monotonic, true),
  noArgs('thread_time_ns', monotonic, false),
  sleep,
  gmtime,
  localtime,
  mktime,
  strftime,
  strptime,
  asctime,
  ctime,
  tzset,
];

registerNativeModule('time', (module) => {
  const dict = module.dict;
  for (const func of FUNCTIONS) dict.setStr(func.name, func);
  dict.setStr('struct_time', structTimeType);
  dict.setStr('timezone', 0);
  dict.setStr('altzone', 0);
  dict.setStr('daylight', 0);
  dict.setStr('tzname', new PyTuple(['UTC', 'UTC']));
});

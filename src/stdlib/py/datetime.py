"""datetime: date, time, datetime, timedelta, tzinfo and timezone, written for Pyex from the
documented behaviour (CPython's reprs, str forms, rounding, isoformat/fromisoformat, strftime and
strptime for the common directives, ISO calendar).

Pyex has no host time zone: "local time" is UTC. The current time comes from _now_seconds(),
which reads the interpreter clock (time.time(), the VM's clock capability).
"""

import sys

__all__ = ['date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR',
           'UTC']

MINYEAR = 1
MAXYEAR = 9999

_MAX_ORDINAL = 3652059
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTH_NAMES = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                'September', 'October', 'November', 'December')
_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')


def _now_seconds():
    """Seconds since the epoch, from the interpreter's clock (the VM may provide a hook)."""
    hook = getattr(sys, '_pyex_clock', None)
    if hook is not None:
        return hook()
    import time as _time
    return _time.time()


# --- calendar arithmetic ------------------------------------------------------------------------

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_to_ordinal(year, month, day):
    """Day number of a date, 1 for 0001-01-01 (proleptic Gregorian)."""
    before = _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and _is_leap(year) else 0)
    return _days_before_year(year) + before + day


def _ordinal_to_ymd(n):
    """(year, month, day) of day number n."""
    n -= 1
    cycles400, n = divmod(n, 146097)
    year = cycles400 * 400 + 1
    cycles100, n = divmod(n, 36524)
    cycles4, n = divmod(n, 1461)
    cycles1, n = divmod(n, 365)
    year += cycles100 * 100 + cycles4 * 4 + cycles1
    if cycles1 == 4 or cycles100 == 4:
        return year - 1, 12, 31
    leap = cycles1 == 3 and (cycles4 != 24 or cycles100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and leap else 0)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (1 if month == 2 and leap else 0)
    return year, month, n - preceding + 1


def _iso_week1_monday(year):
    """Ordinal of the Monday starting ISO week 1 of year (the week with January 4th)."""
    first = _ymd_to_ordinal(year, 1, 1)
    first_weekday = (first + 6) % 7
    monday = first - first_weekday
    if first_weekday > 3:
        monday += 7
    return monday


def _index(value):
    if isinstance(value, int):
        return int(value) if type(value) is not int else value
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'year {year} is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type "
                        f"'{type(tz).__name__}'")


def _round_half_even(numerator, denominator):
    """numerator / denominator rounded to the nearest int, ties to even."""
    quotient, remainder = divmod(numerator, denominator)
    twice = remainder * 2
    if denominator > 0:
        greater = twice > denominator
    else:
        greater = twice < denominator
    if greater or (twice == denominator and quotient % 2 == 1):
        quotient += 1
    return quotient


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


# Operands whose types never implement arithmetic or ordering with datetime objects: for these we
# raise CPython's TypeError ourselves, naming our types as the C module does ('datetime.date').
_BUILTIN_OPERANDS = (int, float, complex, str, bytes, bytearray, list, tuple, dict, set,
                     frozenset, type(None))


def _type_name(obj):
    kind = type(obj)
    if kind in (date, datetime, time, timedelta, timezone, tzinfo):
        return f'datetime.{kind.__name__}'
    return kind.__name__


def _refuse(op, left, right, compare=False):
    """NotImplemented, or CPython's TypeError when the other operand is a built-in value."""
    other = right if isinstance(left, (date, time, timedelta)) and not isinstance(
        right, (date, time, timedelta)) else left
    if not isinstance(other, _BUILTIN_OPERANDS):
        return NotImplemented
    if other is left and not compare and isinstance(left, (str, bytes, bytearray, list, tuple)):
        return NotImplemented  # the sequence's own + or * error follows
    if compare:
        raise TypeError(f"'{op}' not supported between instances of '{_type_name(left)}' and "
                        f"'{_type_name(right)}'")
    raise TypeError(f"unsupported operand type(s) for {op}: '{_type_name(left)}' and "
                    f"'{_type_name(right)}'")


# --- timedelta ----------------------------------------------------------------------------------

class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999), normalized so only
    days may be negative."""
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        # Sum everything exactly, in microseconds, as a fraction with a power-of-two denominator.
        numerator = 0
        denominator = 1
        for value, scale in ((days, 86400000000), (seconds, 1000000), (microseconds, 1),
                             (milliseconds, 1000), (minutes, 60000000), (hours, 3600000000),
                             (weeks, 604800000000)):
            if isinstance(value, int):
                numerator += value * scale * denominator
            elif isinstance(value, float):
                num, den = value.as_integer_ratio()
                if den > denominator:
                    numerator *= den // denominator
                    denominator = den
                numerator += num * scale * (denominator // den)
            else:
                raise TypeError(f'unsupported type for timedelta {_ARG_NAMES[scale]} component: '
                                f'{type(value).__name__}')
        total = numerator if denominator == 1 else _round_half_even(numerator, denominator)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, total):
        days, rest = divmod(total, 86400000000)
        seconds, microseconds = divmod(rest, 1000000)
        if not -999999999 <= days <= 999999999:
            raise OverflowError(f'days={days}; must have magnitude <= 999999999')
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = microseconds
        self._hashcode = -1
        return self

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        """The duration in seconds, as a float."""
        return self._to_microseconds() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append(f'days={self._days}')
        if self._seconds:
            parts.append(f'seconds={self._seconds}')
        if self._microseconds:
            parts.append(f'microseconds={self._microseconds}')
        if not parts:
            parts.append('0')
        return f'{_module_prefix(self)}{type(self).__qualname__}({", ".join(parts)})'

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = f'{hours}:{minutes:02d}:{seconds:02d}'
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            text = f'{self._days} day{plural}, ' + text
        if self._microseconds:
            text += f'.{self._microseconds:06d}'
        return text

    def __format__(self, spec):
        return format(str(self), spec)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() + other._to_microseconds())
        return _refuse('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        return _refuse('+', other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() - other._to_microseconds())
        return _refuse('-', self, other)

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return _refuse('-', other, self)

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._from_microseconds(_round_half_even(self._to_microseconds() * num, den))
        return _refuse('*', self, other)

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self.__mul__(other)
        return _refuse('*', other, self)

    def __rfloordiv__(self, other):
        return _refuse('//', other, self)

    def __rtruediv__(self, other):
        return _refuse('/', other, self)

    def __rmod__(self, other):
        return _refuse('%', other, self)

    def __rdivmod__(self, other):
        return _refuse('divmod()', other, self)

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return _refuse('//', self, other)
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec // other._to_microseconds()
        return timedelta._from_microseconds(usec // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return _refuse('/', self, other)
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec / other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(_round_half_even(usec, other))
        num, den = other.as_integer_ratio()
        return timedelta._from_microseconds(_round_half_even(den * usec, num))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() % other._to_microseconds())
        return _refuse('%', self, other)

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return _refuse('divmod()', self, other)

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return _refuse('<', self, other, compare=True)

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return _refuse('<=', self, other, compare=True)

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return _refuse('>', self, other, compare=True)

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return _refuse('>=', self, other, compare=True)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), self._key())


_ARG_NAMES = {86400000000: 'days', 1000000: 'seconds', 1: 'microseconds', 1000: 'milliseconds',
              60000000: 'minutes', 3600000000: 'hours', 604800000000: 'weeks'}


def _module_prefix(obj):
    """'datetime.' for our own classes (CPython's reprs name the module), '' for subclasses
    defined elsewhere... which CPython also prefixes with their module."""
    return f'{type(obj).__module__}.'


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# --- strftime -----------------------------------------------------------------------------------

def _format_offset(offset, sep=':'):
    """'+HH:MM[:SS[.ffffff]]' for a utcoffset() timedelta ('' for None)."""
    if offset is None:
        return ''
    sign = '+'
    if offset.days < 0:
        sign = '-'
        offset = -offset
    hours, rest = divmod(offset, timedelta(hours=1))
    minutes, rest = divmod(rest, timedelta(minutes=1))
    text = f'{sign}{hours:02d}{sep}{minutes:02d}'
    if rest.seconds or rest.microseconds:
        text += f'{sep}{rest.seconds:02d}'
        if rest.microseconds:
            text += f'.{rest.microseconds:06d}'
    return text


def _strftime(obj, fmt, year, month, day, hour, minute, second, microsecond, weekday, yday):
    """Format with the C library's directives (C locale), as time.strftime would."""
    if not isinstance(fmt, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(fmt).__name__}')
    pieces = []
    index = 0
    end = len(fmt)
    while index < end:
        char = fmt[index]
        if char != '%' or index + 1 >= end:
            pieces.append(char)
            index += 1
            continue
        code = fmt[index + 1]
        index += 2
        pad = True
        if code == '-' and index < end:
            pad = False
            code = fmt[index]
            index += 1
        if code == 'a':
            pieces.append(_DAY_NAMES[weekday][:3])
        elif code == 'A':
            pieces.append(_DAY_NAMES[weekday])
        elif code == 'w':
            pieces.append(str((weekday + 1) % 7))
        elif code == 'u':
            pieces.append(str(weekday + 1))
        elif code == 'd':
            pieces.append(f'{day:02d}' if pad else str(day))
        elif code == 'e':
            pieces.append(f'{day:2d}')
        elif code == 'b' or code == 'h':
            pieces.append(_MONTH_NAMES[month - 1][:3])
        elif code == 'B':
            pieces.append(_MONTH_NAMES[month - 1])
        elif code == 'm':
            pieces.append(f'{month:02d}' if pad else str(month))
        elif code == 'y':
            pieces.append(f'{year % 100:02d}' if pad else str(year % 100))
        elif code == 'Y':
            pieces.append(str(year))
        elif code == 'C':
            pieces.append(f'{year // 100:02d}')
        elif code == 'H':
            pieces.append(f'{hour:02d}' if pad else str(hour))
        elif code == 'k':
            pieces.append(f'{hour:2d}')
        elif code == 'I':
            twelve = hour % 12 or 12
            pieces.append(f'{twelve:02d}' if pad else str(twelve))
        elif code == 'l':
            pieces.append(f'{hour % 12 or 12:2d}')
        elif code == 'p':
            pieces.append('AM' if hour < 12 else 'PM')
        elif code == 'M':
            pieces.append(f'{minute:02d}' if pad else str(minute))
        elif code == 'S':
            pieces.append(f'{second:02d}' if pad else str(second))
        elif code == 'f':
            pieces.append(f'{microsecond:06d}')
        elif code == 'j':
            pieces.append(f'{yday:03d}' if pad else str(yday))
        elif code == 'U':
            pieces.append(f'{(yday + 6 - (weekday + 1) % 7) // 7:02d}')
        elif code == 'W':
            pieces.append(f'{(yday + 6 - weekday) // 7:02d}')
        elif code == 'G' or code == 'V':
            iso_year, iso_week, _ = _iso_calendar(year, month, day)
            pieces.append(str(iso_year) if code == 'G' else f'{iso_week:02d}')
        elif code == 'g':
            pieces.append(f'{_iso_calendar(year, month, day)[0] % 100:02d}')
        elif code == 'z':
            offset = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            pieces.append(_format_offset(offset, '') if offset is not None else '')
        elif code == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            pieces.append(name.replace('%', '%%') if name is not None else '')
        elif code == 'c':
            pieces.append(f'{_DAY_NAMES[weekday][:3]} {_MONTH_NAMES[month - 1][:3]} {day:2d} '
                          f'{hour:02d}:{minute:02d}:{second:02d} {year}')
        elif code == 'x':
            pieces.append(f'{month:02d}/{day:02d}/{year % 100:02d}')
        elif code == 'X' or code == 'T':
            pieces.append(f'{hour:02d}:{minute:02d}:{second:02d}')
        elif code == 'D':
            pieces.append(f'{month:02d}/{day:02d}/{year % 100:02d}')
        elif code == 'F':
            pieces.append(f'{year:04d}-{month:02d}-{day:02d}' if year >= 1000 else f'{year}-{month:02d}-{day:02d}')
        elif code == 'R':
            pieces.append(f'{hour:02d}:{minute:02d}')
        elif code == 'r':
            pieces.append(f'{hour % 12 or 12:02d}:{minute:02d}:{second:02d} '
                          f'{"AM" if hour < 12 else "PM"}')
        elif code == 'n':
            pieces.append('\n')
        elif code == 't':
            pieces.append('\t')
        elif code == '%':
            pieces.append('%')
        else:
            pieces.append('%' + code)
    return ''.join(pieces)


def _iso_calendar(year, month, day):
    ordinal = _ymd_to_ordinal(year, month, day)
    week1 = _iso_week1_monday(year)
    week, weekday = divmod(ordinal - week1, 7)
    if week < 0:
        year -= 1
        week1 = _iso_week1_monday(year)
        week, weekday = divmod(ordinal - week1, 7)
    elif week >= 52 and ordinal >= _iso_week1_monday(year + 1):
        year += 1
        week = 0
    return year, week + 1, weekday + 1


class IsoCalendarDate(tuple):
    """(year, week, weekday) with names, as date.isocalendar() returns."""

    def __new__(cls, year, week, weekday, /):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return (f'datetime.{self.__class__.__name__}(year={self[0]}, week={self[1]}, '
                f'weekday={self[2]})')


IsoCalendarDate.__module__ = 'datetime'
IsoCalendarDate.__qualname__ = 'IsoCalendarDate'


def _struct_time(values):
    try:
        import time as _time
        return _time.struct_time(values)
    except (ImportError, AttributeError):
        return tuple(values)


# --- ISO 8601 parsing ---------------------------------------------------------------------------

def _digits(text, start, count):
    part = text[start:start + count]
    if len(part) != count or not part.isdigit() or not part.isascii():
        raise ValueError
    return int(part)


def _parse_iso_date(text):
    """(year, month, day) from 'YYYY-MM-DD', 'YYYYMMDD', 'YYYY-Www[-D]' or 'YYYYWww[D]'."""
    year = _digits(text, 0, 4)
    if len(text) > 4 and text[4] == '-':
        rest = text[5:]
        if rest[:1] == 'W':
            week = _digits(rest, 1, 2)
            weekday = 1
            if len(rest) > 3:
                if rest[3] != '-' or len(rest) != 5:
                    raise ValueError
                weekday = _digits(rest, 4, 1)
            elif len(rest) != 3:
                raise ValueError
            return _from_iso_calendar(year, week, weekday)
        if len(rest) != 5 or rest[2] != '-':
            raise ValueError
        return year, _digits(rest, 0, 2), _digits(rest, 3, 2)
    rest = text[4:]
    if rest[:1] == 'W':
        week = _digits(rest, 1, 2)
        weekday = 1
        if len(rest) == 4:
            weekday = _digits(rest, 3, 1)
        elif len(rest) != 3:
            raise ValueError
        return _from_iso_calendar(year, week, weekday)
    if len(rest) != 4:
        raise ValueError
    return year, _digits(rest, 0, 2), _digits(rest, 2, 2)


def _from_iso_calendar(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'Year is out of range: {year}')
    if not 0 < week < 53:
        valid = week == 53 and (_ymd_to_ordinal(year, 1, 1) % 7 == 4 or (
            _ymd_to_ordinal(year, 1, 1) % 7 == 3 and _is_leap(year)))
        if not valid:
            raise ValueError(f'Invalid week: {week}')
    if not 0 < day < 8:
        raise ValueError(f'Invalid weekday: {day} (range is [1, 7])')
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + (day - 1)
    return _ordinal_to_ymd(ordinal)


def _parse_iso_time(text):
    """(hour, minute, second, microsecond, tzinfo-or-None) from an ISO time with optional zone."""
    tz = None
    zone_at = -1
    for index, char in enumerate(text):
        if char in '+-Z':
            zone_at = index
            break
    zone = ''
    if zone_at >= 0:
        zone = text[zone_at:]
        text = text[:zone_at]
    hour, minute, second, microsecond = _parse_hms(text)
    if zone:
        if zone == 'Z':
            tz = timezone.utc
        else:
            sign = -1 if zone[0] == '-' else 1
            h, m, s, us = _parse_hms(zone[1:])
            offset = timedelta(hours=h, minutes=m, seconds=s, microseconds=us)
            tz = timezone.utc if not offset else timezone(sign * offset)
    return hour, minute, second, microsecond, tz


def _parse_hms(text):
    if not text:
        raise ValueError
    hour = _digits(text, 0, 2)
    minute = second = microsecond = 0
    position = 2
    extended = len(text) > 2 and text[2] == ':'
    for part in range(2):
        if position >= len(text):
            break
        if extended:
            if text[position] != ':':
                break
            position += 1
        value = _digits(text, position, 2)
        position += 2
        if part == 0:
            minute = value
        else:
            second = value
    if position < len(text):
        if text[position] not in '.,' or part != 1 and second == 0 and position < 6:
            if text[position] not in '.,':
                raise ValueError
        fraction = text[position + 1:]
        if not fraction or not fraction.isdigit() or not fraction.isascii():
            raise ValueError
        digits = fraction[:6].ljust(6, '0')
        microsecond = int(digits)
    return hour, minute, second, microsecond


# --- tzinfo and timezone ------------------------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone information."""
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        delta = offset - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent results; cannot convert')
        return dt + dst

    def __reduce__(self):
        return (self.__class__, ())


class timezone(tzinfo):
    """A fixed offset from UTC, optionally named: timezone(timedelta(hours=2))."""
    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError('offset must be a timedelta')
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError('name must be a string')
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                             f'and timedelta(hours=24), not {offset!r}.')
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f'{_module_prefix(self)}{type(self).__qualname__}({self._offset!r})'
        return f'{_module_prefix(self)}{type(self).__qualname__}({self._offset!r}, {self._name!r})'

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError('utcoffset() argument must be a datetime instance or None')

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError('tzname() argument must be a datetime instance or None')

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError('dst() argument must be a datetime instance or None')

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError('fromutc: dt.tzinfo is not self')
            return dt + self._offset
        raise TypeError('fromutc() argument must be a datetime instance or None')

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())


timezone._maxoffset = timedelta(hours=24, microseconds=-1)
timezone._minoffset = -timezone._maxoffset
timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc


def _check_utc_offset(name, offset):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, not "
                        f"'{type(offset).__name__}'")
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError(f'offset must be a timedelta strictly between -timedelta(hours=24) and '
                         f'timedelta(hours=24), not {offset!r}.')
    return offset


# --- date ---------------------------------------------------------------------------------------

class date:
    """A calendar date (proleptic Gregorian): year, month, day."""
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        """The local (in Pyex: UTC) date of a POSIX timestamp."""
        y, m, d = _ordinal_to_ymd(719163 + int(t // 86400))
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_now_seconds())

    @classmethod
    def fromordinal(cls, n):
        """The date of day number n (1 is 0001-01-01)."""
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError(f'ordinal must be >= 1')
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        try:
            fields = _parse_iso_date(date_string)
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return (f'{_module_prefix(self)}{type(self).__qualname__}({self._year}, {self._month}, '
                f'{self._day})')

    def isoformat(self):
        return f'{self._year:04d}-{self._month:02d}-{self._day:02d}'

    __str__ = isoformat

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return (f'{_DAY_NAMES[weekday - 1][:3]} {_MONTH_NAMES[self._month - 1][:3]} '
                f'{self._day:2d} 00:00:00 {self._year:04d}')

    def strftime(self, fmt):
        return _strftime(self, fmt, self._year, self._month, self._day, 0, 0, 0, 0,
                         self.weekday(), self._yday())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'must be str, not {type(fmt).__name__}')
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def _yday(self):
        return self.toordinal() - _ymd_to_ordinal(self._year, 1, 1) + 1

    def timetuple(self):
        return _struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                             self._yday(), -1))

    def toordinal(self):
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def _compare_to(self, other):
        """-1/0/1 against another plain date, NotImplemented otherwise."""
        if isinstance(other, date) and not isinstance(other, datetime):
            return _cmp(self._date_key(), other._date_key())
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, datetime) and not isinstance(self, datetime):
            return False
        result = self._compare_to(other)
        return result if result is NotImplemented else result == 0

    def __le__(self, other):
        result = self._ordered_compare(other, '<=')
        return result if result is NotImplemented else result <= 0

    def __lt__(self, other):
        result = self._ordered_compare(other, '<')
        return result if result is NotImplemented else result < 0

    def __ge__(self, other):
        result = self._ordered_compare(other, '>=')
        return result if result is NotImplemented else result >= 0

    def __gt__(self, other):
        result = self._ordered_compare(other, '>')
        return result if result is NotImplemented else result > 0

    def _ordered_compare(self, other, op):
        if isinstance(other, datetime):
            raise TypeError(f"can't compare {type(other).__module__}.{type(other).__name__} to "
                            f"{type(self).__module__}.{type(self).__name__}")
        result = self._compare_to(other)
        if result is NotImplemented:
            return _refuse(op, self, other, compare=True)
        return result

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._date_key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if 0 < ordinal <= _MAX_ORDINAL:
                return type(self).fromordinal(ordinal)
            raise OverflowError('result out of range')
        return _refuse('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        return _refuse('+', other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return _refuse('-', self, other)

    def __rsub__(self, other):
        return _refuse('-', other, self)

    def weekday(self):
        """Monday is 0, Sunday is 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Monday is 1, Sunday is 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """IsoCalendarDate(year, week, weekday) of the ISO 8601 calendar."""
        return IsoCalendarDate(*_iso_calendar(self._year, self._month, self._day))

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# --- time ---------------------------------------------------------------------------------------

def _format_time(hour, minute, second, microsecond, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if microsecond else 'seconds'
    elif timespec == 'milliseconds':
        microsecond //= 1000
    if timespec == 'hours':
        return f'{hour:02d}'
    if timespec == 'minutes':
        return f'{hour:02d}:{minute:02d}'
    if timespec == 'seconds':
        return f'{hour:02d}:{minute:02d}:{second:02d}'
    if timespec == 'milliseconds':
        return f'{hour:02d}:{minute:02d}:{second:02d}.{microsecond:03d}'
    if timespec == 'microseconds':
        return f'{hour:02d}:{minute:02d}:{second:02d}.{microsecond:06d}'
    raise ValueError('Unknown timespec value')


class time:
    """A time of day: hour, minute, second, microsecond, optional tzinfo and fold."""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def _time_key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _compare(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp(self._time_key(), other._time_key())
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond),
                    (othhmm, other._second, other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, allow_mixed=True) == 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other) <= 0
        return _refuse('<=', self, other, compare=True)

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other) < 0
        return _refuse('<', self, other, compare=True)

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other) >= 0
        return _refuse('>=', self, other, compare=True)

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other) > 0
        return _refuse('>', self, other, compare=True)

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            if not offset:
                self._hashcode = hash(self._time_key())
            else:
                h, m = divmod(timedelta(hours=self._hour, minutes=self._minute) - offset,
                              timedelta(hours=1))
                m //= timedelta(minutes=1)
                if 0 <= h < 24:
                    self._hashcode = hash((h, m, self._second, self._microsecond))
                else:
                    self._hashcode = hash((h, m, self._second, self._microsecond))
        return self._hashcode

    def __repr__(self):
        if self._microsecond != 0:
            text = f', {self._second}, {self._microsecond}'
        elif self._second != 0:
            text = f', {self._second}'
        else:
            text = ''
        text = f'{_module_prefix(self)}{type(self).__qualname__}({self._hour}, {self._minute}{text})'
        if self._tzinfo is not None:
            text = text[:-1] + f', tzinfo={self._tzinfo!r})'
        if self._fold:
            text = text[:-1] + ', fold=1)'
        return text

    def isoformat(self, timespec='auto'):
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        offset = self.utcoffset()
        if offset is not None:
            text += _format_offset(offset)
        return text

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = time_string[1:] if time_string.startswith('T') else time_string
        try:
            fields = _parse_iso_time(text)
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {time_string!r}') from None
        return cls(*fields)

    def strftime(self, fmt):
        return _strftime(self, fmt, 1900, 1, 1, self._hour, self._minute, self._second,
                         self._microsecond, 0, 1)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'must be str, not {type(fmt).__name__}')
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('utcoffset', self._tzinfo.utcoffset(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('dst', self._tzinfo.dst(None))

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond,
                             self._tzinfo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# --- datetime -----------------------------------------------------------------------------------

class datetime(date):
    """A date and a time of day, optionally aware (with tzinfo)."""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _from_utc_seconds(cls, t, tz):
        """The datetime of POSIX time t (UTC), then converted with tz.fromutc when tz is given."""
        frac, whole = _split_seconds(t)
        days, seconds = divmod(whole, 86400)
        y, m, d = _ordinal_to_ymd(719163 + days)
        hh, rest = divmod(seconds, 3600)
        mm, ss = divmod(rest, 60)
        result = cls(y, m, d, hh, mm, ss, frac, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The datetime of POSIX timestamp t: in tz when given, else local time (UTC in Pyex)."""
        _check_tzinfo(tz)
        return cls._from_utc_seconds(t, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_utc_seconds(t, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_now_seconds(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_now_seconds())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_now_seconds())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError('date argument must be a date instance')
        if not isinstance(time, _time_class):
            raise TypeError('time argument must be a time instance')
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) < 7:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        try:
            split = _iso_date_length(date_string)
            y, m, d = _parse_iso_date(date_string[:split])
            rest = date_string[split + 1:]
            if len(date_string) > split:
                hour, minute, second, microsecond, tz = _parse_iso_time(rest)
            else:
                hour = minute = second = microsecond = 0
                tz = None
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        return cls(y, m, d, hour, minute, second, microsecond, tz)

    @classmethod
    def strptime(cls, date_string, format):
        """Parse date_string with a strftime-style format."""
        return _strptime_datetime(cls, date_string, format)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _struct_time((self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self.weekday(), self._yday(), flag))

    def utctimetuple(self):
        offset = self.utcoffset()
        moment = self
        if offset:
            moment = self - offset
        return _struct_time((moment.year, moment.month, moment.day, moment.hour, moment.minute,
                             moment.second, moment.weekday(), moment._yday(), 0))

    def timestamp(self):
        """POSIX timestamp (a naive datetime is local time: UTC in Pyex)."""
        offset = self.utcoffset() or timedelta(0)
        delta = self.replace(tzinfo=None) - _EPOCH_NAIVE - offset
        return delta.total_seconds()

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        elif not isinstance(tz, tzinfo):
            raise TypeError('tz argument must be an instance of tzinfo')
        mytz = self._tzinfo
        if mytz is None:
            offset = timedelta(0)
        else:
            if tz is mytz:
                return self
            offset = mytz.utcoffset(self)
            if offset is None:
                offset = timedelta(0)
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return (f'{_DAY_NAMES[weekday - 1][:3]} {_MONTH_NAMES[self._month - 1][:3]} '
                f'{self._day:2d} {self._hour:02d}:{self._minute:02d}:{self._second:02d} '
                f'{self._year:04d}')

    def isoformat(self, sep='T', timespec='auto'):
        text = (f'{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}'
                + _format_time(self._hour, self._minute, self._second, self._microsecond,
                               timespec))
        offset = self.utcoffset()
        if offset is not None:
            text += _format_offset(offset)
        return text

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                  self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        text = (f'{_module_prefix(self)}{type(self).__qualname__}('
                f'{", ".join([str(f) for f in fields])})')
        if self._tzinfo is not None:
            text = text[:-1] + f', tzinfo={self._tzinfo!r})'
        if self._fold:
            text = text[:-1] + ', fold=1)'
        return text

    def __str__(self):
        return self.isoformat(sep=' ')

    def strftime(self, fmt):
        return _strftime(self, fmt, self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond, self.weekday(), self._yday())

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('utcoffset', self._tzinfo.utcoffset(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('dst', self._tzinfo.dst(self))

    def _full_key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def _compare(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp(self._full_key(), other._full_key())
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, allow_mixed=True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def _ordered(self, other, op):
        if isinstance(other, datetime):
            return self._compare(other)
        if isinstance(other, date):
            raise TypeError(f"can't compare {type(self).__module__}.{type(self).__name__} to "
                            f"{type(other).__module__}.{type(other).__name__}")
        return _refuse(op, self, other, compare=True)

    def __le__(self, other):
        result = self._ordered(other, '<=')
        return result if result is NotImplemented else result <= 0

    def __lt__(self, other):
        result = self._ordered(other, '<')
        return result if result is NotImplemented else result < 0

    def __ge__(self, other):
        result = self._ordered(other, '>=')
        return result if result is NotImplemented else result >= 0

    def __gt__(self, other):
        result = self._ordered(other, '>')
        return result if result is NotImplemented else result > 0

    def _to_microseconds(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
                * 1000000 + self._microsecond)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return _refuse('+', self, other)
        total = self._to_microseconds() + other._to_microseconds()
        days, rest = divmod(total, 86400000000)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        seconds, microsecond = divmod(rest, 1000000)
        hour, rest = divmod(seconds, 3600)
        minute, second = divmod(rest, 60)
        y, m, d = _ordinal_to_ymd(days)
        return type(self)(y, m, d, hour, minute, second, microsecond, self._tzinfo)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        return _refuse('+', other, self)

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return _refuse('-', self, other)
        base = timedelta(microseconds=self._to_microseconds() - other._to_microseconds())
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            if offset is None:
                self._hashcode = hash(self._full_key())
            else:
                self._hashcode = hash(self._to_microseconds() - offset._to_microseconds())
        return self._hashcode

    def __reduce__(self):
        return (type(self), self._full_key() + (self._tzinfo,))


def _split_seconds(t):
    """(microseconds, whole seconds) of a timestamp, rounding half-even like CPython."""
    if isinstance(t, int):
        return 0, t
    if t != t or t in (float('inf'), float('-inf')):
        raise ValueError('Invalid value NaN (not a number)' if t != t else 'cannot convert float infinity to integer')
    num, den = float(t).as_integer_ratio()
    total_us = _round_half_even(num * 1000000, den)
    whole, frac = divmod(total_us, 1000000)
    return frac, whole


def _iso_date_length(text):
    """How many characters the date part of an ISO datetime string uses."""
    if len(text) >= 8 and text[4] != '-' and text[4] != 'W':
        if text[4:5] == 'W':
            return 8 if len(text) > 7 and text[7:8].isdigit() else 7
        return 8
    if len(text) > 4 and text[4] == 'W':
        return 8 if len(text) > 7 and text[7:8].isdigit() else 7
    if len(text) > 5 and text[5] == 'W':
        return 10 if len(text) > 8 and text[8:9] == '-' else 8
    return 10


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_date_class = date
_time_class = time
_EPOCH_NAIVE = datetime(1970, 1, 1)

# The classes present themselves as members of the datetime module.
for _cls in (date, time, datetime, timedelta, tzinfo, timezone):
    _cls.__module__ = 'datetime'
del _cls


# --- strptime -----------------------------------------------------------------------------------

def _strptime_pattern(fmt):
    """A regex for a strptime format and the directive of each group, in order."""
    import re
    months = '|'.join(_MONTH_NAMES)
    months_short = '|'.join([m[:3] for m in _MONTH_NAMES])
    days = '|'.join(_DAY_NAMES)
    days_short = '|'.join([d[:3] for d in _DAY_NAMES])
    directives = {
        'd': r'(3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
        'f': r'(\d{1,6})',
        'H': r'(2[0-3]|[0-1]\d|\d)',
        'I': r'(1[0-2]|0[1-9]|[1-9])',
        'G': r'(\d\d\d\d)',
        'j': r'(36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
        'm': r'(1[0-2]|0[1-9]|[1-9])',
        'M': r'([0-5]\d|\d)',
        'S': r'(6[0-1]|[0-5]\d|\d)',
        'U': r'(5[0-3]|[0-4]\d|\d)',
        'w': r'([0-6])',
        'u': r'([1-7])',
        'V': r'(5[0-3]|0[1-9]|[1-4]\d|\d)',
        'y': r'(\d\d)',
        'Y': r'(\d\d\d\d)',
        'z': r'([+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|(?-i:Z))',
        'A': f'({days})',
        'a': f'({days_short})',
        'B': f'({months})',
        'b': f'({months_short})',
        'p': r'(am|pm)',
        'Z': r'(utc|gmt)',
        '%': '%',
    }
    directives['W'] = directives['U']
    expansions = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}
    pieces = []
    order = []
    index = 0
    while index < len(fmt):
        char = fmt[index]
        if char == '%' and index + 1 < len(fmt):
            code = fmt[index + 1]
            index += 2
            if code in expansions:
                sub_pattern, sub_order = _strptime_pattern(expansions[code])
                pieces.append(sub_pattern)
                order.extend(sub_order)
                continue
            if code not in directives:
                raise ValueError(f"'{code}' is a bad directive in format '%{code}'")
            pieces.append(directives[code])
            if code != '%':
                order.append(code)
        elif char == '%':
            raise ValueError("stray % in format '%'")
        elif char.isspace():
            pieces.append(r'\s+')
            while index < len(fmt) and fmt[index].isspace():
                index += 1
            continue
        else:
            pieces.append(re.escape(char))
            index += 1
    return ''.join(pieces), order


def _strptime_datetime(cls, data_string, fmt):
    import re
    for index, arg in enumerate((data_string, fmt)):
        if not isinstance(arg, str):
            raise TypeError(f'strptime() argument {index} must be str, not {type(arg).__name__}')
    if fmt.endswith('%') and not fmt.endswith('%%'):
        raise ValueError(f"stray % in format '{fmt}'")
    pattern, order = _strptime_pattern(fmt)
    try:
        regex = re.compile(pattern, re.IGNORECASE)
    except re.error:
        raise ValueError(f"bad format '{fmt}'") from None
    found = regex.match(data_string)
    if not found:
        raise ValueError(f'time data {data_string!r} does not match format {fmt!r}')
    if len(data_string) != found.end():
        raise ValueError(f'unconverted data remains: {data_string[found.end():]}')
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = None
    iso_year = iso_week = None
    week_of_year = None
    week_starts_monday = False
    weekday = None
    julian = None
    pm = None
    for code, text in zip(order, found.groups()):
        lower = text.lower()
        if code == 'y':
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif code == 'Y':
            year = int(text)
        elif code == 'G':
            iso_year = int(text)
        elif code == 'm':
            month = int(text)
        elif code == 'B':
            month = [m.lower() for m in _MONTH_NAMES].index(lower) + 1
        elif code == 'b':
            month = [m[:3].lower() for m in _MONTH_NAMES].index(lower) + 1
        elif code == 'd':
            day = int(text)
        elif code == 'H':
            hour = int(text)
        elif code == 'I':
            hour = int(text)
        elif code == 'p':
            pm = lower == 'pm'
        elif code == 'M':
            minute = int(text)
        elif code == 'S':
            second = int(text)
        elif code == 'f':
            fraction = int(text.ljust(6, '0'))
        elif code == 'A':
            weekday = [d.lower() for d in _DAY_NAMES].index(lower)
        elif code == 'a':
            weekday = [d[:3].lower() for d in _DAY_NAMES].index(lower)
        elif code == 'w':
            weekday = (int(text) - 1) % 7
        elif code == 'u':
            weekday = int(text) - 1
        elif code == 'j':
            julian = int(text)
        elif code in ('U', 'W'):
            week_of_year = int(text)
            week_starts_monday = code == 'W'
        elif code == 'V':
            iso_week = int(text)
        elif code == 'z':
            if text == 'Z' or text == 'z':
                tz = timezone.utc
            else:
                sign = -1 if text[0] == '-' else 1
                body = text[1:].replace(':', '')
                hours = int(body[:2])
                minutes = int(body[2:4])
                seconds = int(body[4:6] or 0)
                micro = int(body[7:].ljust(6, '0')) if len(body) > 7 else 0
                offset = timedelta(hours=hours, minutes=minutes, seconds=seconds,
                                   microseconds=micro)
                tz = timezone(sign * offset)
        elif code == 'Z':
            tz = None
    if 'I' in order:
        if pm:
            if hour != 12:
                hour += 12
        elif hour == 12:
            hour = 0
    leap_year_fix = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_year_fix = True
        else:
            year = 1900
    if iso_year is not None and iso_week is not None and weekday is not None and julian is None:
        year, month, day = _from_iso_calendar(iso_year, iso_week, weekday + 1)
    elif julian is None and week_of_year is not None and weekday is not None:
        # Day of the year from a %U/%W week number and a weekday.
        first_weekday = (_ymd_to_ordinal(year, 1, 1) + 6) % 7
        day_of_week = weekday
        if not week_starts_monday:
            first_weekday = (first_weekday + 1) % 7
            day_of_week = (day_of_week + 1) % 7
        if week_of_year == 0:
            julian = 1 + day_of_week - first_weekday
        else:
            week0_length = (7 - first_weekday) % 7
            julian = 1 + week0_length + 7 * (week_of_year - 1) + day_of_week
    if julian is not None:
        year, month, day = _ordinal_to_ymd(_ymd_to_ordinal(year, 1, 1) + julian - 1)
    if leap_year_fix:
        # CPython parses 29 February without a year in the leap year 1904, then builds 1900.
        raise ValueError('day is out of range for month')
    return cls(year, month, day, hour, minute, second, fraction, tz)

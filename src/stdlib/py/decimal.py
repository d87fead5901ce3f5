"""decimal: a correct subset of decimal floating point, written for Pyex from the documented
behaviour (the General Decimal Arithmetic specification as CPython implements it): Decimal from
str/int/float/tuple, + - * / // % divmod, integer powers, sqrt, comparisons and hashes that agree
with int/float/Fraction, quantize and the rounding modes, str/repr/format, contexts and signals.

Not implemented (NotImplementedError with a clear message): exp, ln, log10, non-integer powers,
logical operations and the rarely used context methods.
"""

import math as _math
import sys

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
           'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
           'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow', 'FloatOperation',
           'DivisionImpossible', 'InvalidContext', 'ConversionSyntax', 'DivisionUndefined',
           'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR',
           'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
           'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS',
           'HAVE_CONTEXTVAR']

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
              ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

try:
    _HASH_MODULUS = sys.hash_info.modulus
    _HASH_INF = sys.hash_info.inf
    _HASH_NAN = sys.hash_info.nan
except AttributeError:
    _HASH_MODULUS = 2 ** 61 - 1
    _HASH_INF = 314159
    _HASH_NAN = 0
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


# --- signals ------------------------------------------------------------------------------------

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


_SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow, InvalidOperation,
            Subnormal, FloatOperation]
# Conditions that raise as (and set the flag of) a more general signal.
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


def _unsupported(name):
    return NotImplementedError(f'decimal: {name} is not implemented in Pyex')


# --- context ------------------------------------------------------------------------------------

class Context:
    """Precision, rounding, exponent limits, and which signals trap (raise) or just set flags."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        base = _default_template()
        self.prec = prec if prec is not None else base['prec']
        self.rounding = rounding if rounding is not None else base['rounding']
        self.Emin = Emin if Emin is not None else base['Emin']
        self.Emax = Emax if Emax is not None else base['Emax']
        self.capitals = capitals if capitals is not None else base['capitals']
        self.clamp = clamp if clamp is not None else base['clamp']
        self.flags = _signal_dict(flags, [])
        self.traps = _signal_dict(traps, base['traps'])

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int) or not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, '
                                'ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, '
                                'ROUND_HALF_EVEN,\n   ROUND_05UP]')
        object.__setattr__(self, name, value)

    def _raise(self, condition):
        """Signal a condition: set its flag, and raise if it traps."""
        signal = _CONDITION_SIGNAL.get(condition, condition)
        self.flags[signal] = True
        if self.traps.get(signal):
            raise signal([condition])

    def _flag(self, signal):
        self.flags[signal] = True
        if self.traps.get(signal):
            raise signal([signal])

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for signal in self.flags:
            self.flags[signal] = False

    def clear_traps(self):
        for signal in self.traps:
            self.traps[signal] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def create_decimal(self, num='0'):
        return Decimal(num)._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def __repr__(self):
        flags = ', '.join([s.__name__ for s in _SIGNALS_ORDER if self.flags.get(s)])
        traps = ', '.join([s.__name__ for s in _SIGNALS_ORDER if self.traps.get(s)])
        return (f'Context(prec={self.prec}, rounding={self.rounding}, Emin={self.Emin}, '
                f'Emax={self.Emax}, capitals={self.capitals}, clamp={self.clamp}, '
                f'flags=[{flags}], traps=[{traps}])')

    # Arithmetic through the context (the common ones).
    def add(self, a, b):
        return _convert(a).__add__(_convert(b), context=self)

    def subtract(self, a, b):
        return _convert(a).__sub__(_convert(b), context=self)

    def multiply(self, a, b):
        return _convert(a).__mul__(_convert(b), context=self)

    def divide(self, a, b):
        return _convert(a).__truediv__(_convert(b), context=self)

    def sqrt(self, a):
        return _convert(a).sqrt(context=self)

    def quantize(self, a, b):
        return _convert(a).quantize(_convert(b), context=self)

    def plus(self, a):
        return _convert(a)._fix(self)

    def abs(self, a):
        return _convert(a).__abs__(context=self)


# The order CPython's context repr lists signals in (libmpdec's condition bits).
_SIGNALS_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
                  Rounded, Subnormal, Underflow]


def _signal_dict(given, default):
    result = {signal: False for signal in _SIGNALS}
    if given is None:
        given = default
    if isinstance(given, dict):
        for signal, on in given.items():
            result[signal] = bool(on)
    else:
        for signal in given:
            result[signal] = True
    return result


def _default_template():
    return {'prec': 28, 'rounding': ROUND_HALF_EVEN, 'Emin': -999999, 'Emax': 999999,
            'capitals': 1, 'clamp': 0, 'traps': [DivisionByZero, Overflow, InvalidOperation]}


DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

_current_context = DefaultContext.copy()


def getcontext():
    """The current context (one per Pyex interpreter: there are no threads)."""
    return _current_context


def setcontext(context):
    """Make context the current one."""
    global _current_context
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current_context = context


class _LocalContext:
    def __init__(self, context):
        self.new_context = context.copy()

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *args):
        setcontext(self.saved)


def localcontext(ctx=None, **kwargs):
    """A context manager running its block with a copy of ctx (or the current context),
    with the given attributes changed."""
    context = ctx if ctx is not None else getcontext()
    manager = _LocalContext(context)
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        setattr(manager.new_context, key, value)
    return manager


# --- helpers ------------------------------------------------------------------------------------

class DecimalTuple(tuple):
    """(sign, digits, exponent), as Decimal.as_tuple() returns."""

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return f'DecimalTuple(sign={self[0]!r}, digits={self[1]!r}, exponent={self[2]!r})'


def _digit_count(n):
    return len(str(n)) if n else 1


def _round_coefficient(sign, coefficient, drop, rounding):
    """coefficient with its last `drop` digits removed, rounded; returns (new coefficient,
    inexact)."""
    if drop <= 0:
        return coefficient, False
    divisor = 10 ** drop
    kept, rest = divmod(coefficient, divisor)
    if rest == 0:
        return kept, False
    half = divisor // 2
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_HALF_UP:
        up = rest >= half
    elif rounding == ROUND_HALF_DOWN:
        up = rest > half
    elif rounding == ROUND_HALF_EVEN:
        up = rest > half or (rest == half and kept % 2 == 1)
    else:  # ROUND_05UP
        up = kept % 10 in (0, 5)
    return (kept + 1 if up else kept), True


_BUILTIN_OPERANDS = (float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset,
                     type(None))


_SEQUENCES = (str, bytes, bytearray, list, tuple)


def _refuse(op, left, right):
    """NotImplemented, or CPython's TypeError naming 'decimal.Decimal' for built-in operands."""
    other = right if isinstance(left, Decimal) else left
    if not isinstance(other, _BUILTIN_OPERANDS):
        return NotImplemented
    if other is left and isinstance(left, _SEQUENCES):
        return NotImplemented  # the sequence's own + or * error follows

    def name(obj):
        return 'decimal.Decimal' if type(obj) is Decimal else type(obj).__name__

    raise TypeError(f"unsupported operand type(s) for {op}: '{name(left)}' and '{name(right)}'")


def _convert(value, allow_float=False):
    """value as a Decimal for arithmetic, or NotImplemented."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if allow_float and isinstance(value, float):
        return Decimal.from_float(value)
    return NotImplemented


# --- Decimal ------------------------------------------------------------------------------------

class Decimal:
    """A decimal floating-point number: sign, integer coefficient, exponent (or a special value:
    Infinity, NaN, sNaN)."""
    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        self._special = ''
        if isinstance(value, str):
            return self._from_string(value, context)
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(int(value))
            self._exp = 0
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = (value._sign, value._int,
                                                               value._exp, value._special)
            return self
        if isinstance(value, float):
            result = cls.from_float(value)
            if cls is not Decimal:
                result = cls(result)
            return result
        if isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exponent = value
            if sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            self._sign = sign
            if exponent == 'F':
                self._int, self._exp, self._special = 0, 0, 'F'
                return self
            coefficient = 0
            for digit in digits:
                if not isinstance(digit, int) or not 0 <= digit <= 9:
                    raise ValueError('coefficient must be a tuple of digits')
                coefficient = coefficient * 10 + digit
            if exponent in ('n', 'N'):
                self._int, self._exp, self._special = coefficient, 0, exponent
                return self
            if not isinstance(exponent, int):
                raise ValueError("exponent must be an integer")
            self._int, self._exp = coefficient, exponent
            return self
        raise TypeError(f'conversion from {type(value).__name__} to Decimal is not supported')

    def _from_string(self, text, context):
        # CPython's decimal ignores underscores in numeric strings.
        s = text.strip().replace('_', '')
        sign = 0
        body = s
        if body[:1] in ('+', '-'):
            sign = 1 if body[0] == '-' else 0
            body = body[1:]
        lowered = body.lower()
        self._sign = sign
        if lowered in ('inf', 'infinity'):
            self._int, self._exp, self._special = 0, 0, 'F'
            return self
        if lowered.startswith('nan') or lowered.startswith('snan'):
            quiet = lowered.startswith('nan')
            payload = lowered[3:] if quiet else lowered[4:]
            if payload == '' or payload.isdigit():
                self._int = int(payload) if payload else 0
                self._exp = 0
                self._special = 'n' if quiet else 'N'
                return self
        mantissa, exponent = lowered, 0
        if 'e' in lowered:
            mantissa, _, exp_text = lowered.partition('e')
            digits = exp_text[1:] if exp_text[:1] in '+-' else exp_text
            if not digits or not digits.isdigit() or not digits.isascii():
                return self._syntax_error(context)
            exponent = int(exp_text)
        whole, dot, fraction = mantissa.partition('.')
        if (not whole and not fraction) or (whole and not (whole.isdigit() and whole.isascii())) \
                or (fraction and not (fraction.isdigit() and fraction.isascii())):
            return self._syntax_error(context)
        self._int = int(whole + fraction)
        self._exp = exponent - len(fraction)
        return self

    def _syntax_error(self, context):
        context = context or getcontext()
        context._raise(ConversionSyntax)
        self._sign, self._int, self._exp, self._special = 0, 0, 0, 'n'
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        if f != f:
            return cls('NaN')
        if f in (float('inf'), float('-inf')):
            return cls('-Infinity' if f < 0 else 'Infinity')
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        numerator, denominator = abs(f).as_integer_ratio()
        exponent = denominator.bit_length() - 1
        result = cls._make(sign, numerator * 5 ** exponent, -exponent)
        return result

    @classmethod
    def _make(cls, sign, coefficient, exponent, special=''):
        self = object.__new__(cls)
        self._sign = sign
        self._int = coefficient
        self._exp = exponent
        self._special = special
        return self

    # --- inspection ---------------------------------------------------------------------------

    def as_tuple(self):
        if self._special == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(int(d) for d in str(self._int)) if self._int or not self._special else ()
        if self._special:
            return DecimalTuple(self._sign, digits, self._special)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._special:
            raise ValueError('cannot convert NaN to integer ratio')
        if self._exp >= 0:
            return ((-1) ** self._sign * self._int * 10 ** self._exp, 1)
        numerator = (-1) ** self._sign * self._int
        denominator = 10 ** -self._exp
        g = _math.gcd(numerator, denominator)
        return numerator // g, denominator // g

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_qnan(self):
        return self._special == 'n'

    def is_snan(self):
        return self._special == 'N'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        return not self._special and self._int != 0

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _digit_count(self._int) - 1

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert(other)
        return Decimal._make(other._sign, self._int, self._exp, self._special)

    def number_class(self, context=None):
        if self._special == 'F':
            return '-Infinity' if self._sign else '+Infinity'
        if self._special == 'n':
            return 'NaN'
        if self._special == 'N':
            return 'sNaN'
        if self._int == 0:
            return '-Zero' if self._sign else '+Zero'
        return '-Normal' if self._sign else '+Normal'

    # --- context application ------------------------------------------------------------------

    def _fix(self, context):
        """Round to the context's precision and check the exponent range."""
        if self._special:
            return self
        digits = _digit_count(self._int)
        coefficient, exponent = self._int, self._exp
        if digits > context.prec:
            drop = digits - context.prec
            coefficient, inexact = _round_coefficient(self._sign, coefficient, drop,
                                                      context.rounding)
            exponent += drop
            if _digit_count(coefficient) > context.prec:
                coefficient //= 10
                exponent += 1
            context._flag(Rounded)
            if inexact:
                context._flag(Inexact)
        if coefficient and exponent + _digit_count(coefficient) - 1 > context.Emax:
            context._flag(Inexact)
            context._flag(Rounded)
            context._flag(Overflow)
            return Decimal._make(self._sign, 0, 0, 'F')
        if coefficient == self._int and exponent == self._exp:
            return self
        return Decimal._make(self._sign, coefficient, exponent)

    def _check_nans(self, other, context):
        """The NaN result of an operation involving a NaN, or None."""
        for value in (self, other):
            if value is not None and value._special == 'N':
                context._raise(InvalidOperation)
                return Decimal._make(value._sign, value._int, 0, 'n')
        for value in (self, other):
            if value is not None and value._special == 'n':
                return value
        return None

    # --- arithmetic ---------------------------------------------------------------------------

    def __add__(self, other, context=None):
        converted = _convert(other)
        if converted is NotImplemented:
            return _refuse('+', self, other)
        other = converted
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F' and self._sign != other._sign:
                context._raise(InvalidOperation)
                return Decimal('NaN')
            return self if self._special == 'F' else other
        exponent = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exponent)
        b = other._int * 10 ** (other._exp - exponent)
        total = (-a if self._sign else a) + (-b if other._sign else b)
        if total == 0:
            if self._sign and other._sign:
                sign = 1
            elif self._sign != other._sign and context.rounding == ROUND_FLOOR:
                sign = 1
            else:
                sign = 0
        else:
            sign = 1 if total < 0 else 0
        return Decimal._make(sign, abs(total), exponent)._fix(context)

    def __radd__(self, other, context=None):
        converted = _convert(other)
        if converted is NotImplemented:
            return _refuse('+', other, self)
        return converted.__add__(self, context)

    def __sub__(self, other, context=None):
        converted = _convert(other)
        if converted is NotImplemented:
            return _refuse('-', self, other)
        other = converted
        return self.__add__(other.copy_negate() if not other.is_nan() else other, context)

    def __rsub__(self, other, context=None):
        converted = _convert(other)
        if converted is NotImplemented:
            return _refuse('-', other, self)
        other = converted
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        converted = _convert(other)
        if converted is NotImplemented:
            return _refuse('*', self, other)
        other = converted
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if (self._special != 'F' and self._int == 0) or (other._special != 'F' and other._int == 0):
                context._raise(InvalidOperation)
                return Decimal('NaN')
            return Decimal._make(sign, 0, 0, 'F')
        return Decimal._make(sign, self._int * other._int, self._exp + other._exp)._fix(context)

    def __rmul__(self, other, context=None):
        converted = _convert(other)
        if converted is NotImplemented:
            return _refuse('*', other, self)
        return converted.__mul__(self, context)

    def __truediv__(self, other, context=None):
        converted = _convert(other)
        if converted is NotImplemented:
            return _refuse('/', self, other)
        other = converted
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F':
            if other._special == 'F':
                context._raise(InvalidOperation)
                return Decimal('NaN')
            return Decimal._make(sign, 0, 0, 'F')
        if other._special == 'F':
            context._flag(Clamped)
            return Decimal._make(sign, 0, context.Etiny())
        if other._int == 0:
            if self._int == 0:
                context._raise(DivisionUndefined)
                return Decimal('NaN')
            context._raise(DivisionByZero)
            return Decimal._make(sign, 0, 0, 'F')
        ideal = self._exp - other._exp
        if self._int == 0:
            return Decimal._make(sign, 0, ideal)._fix(context)
        shift = _digit_count(other._int) - _digit_count(self._int) + context.prec + 1
        if shift >= 0:
            quotient, remainder = divmod(self._int * 10 ** shift, other._int)
        else:
            quotient, remainder = divmod(self._int, other._int * 10 ** -shift)
        exponent = ideal - shift
        if remainder:
            # A sticky digit so the rounding below sees that the quotient was not exact.
            if quotient % 5 == 0:
                quotient += 1
        else:
            while exponent < ideal and quotient % 10 == 0:
                quotient //= 10
                exponent += 1
        return Decimal._make(sign, quotient, exponent)._fix(context)

    def __rtruediv__(self, other, context=None):
        converted = _convert(other)
        if converted is NotImplemented:
            return _refuse('/', other, self)
        other = converted
        return other.__truediv__(self, context)

    def _divide_integer(self, other, context):
        """(integer quotient, remainder) as Decimals, or a NaN result to return for both."""
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan, nan
        if self._special == 'F' or other._special == 'F':
            raise _unsupported('integer division with infinities')
        if other._int == 0:
            if self._int == 0:
                context._raise(DivisionUndefined)
            else:
                context._raise(InvalidOperation)
            return Decimal('NaN'), Decimal('NaN')
        exponent = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exponent)
        b = other._int * 10 ** (other._exp - exponent)
        quotient, remainder = divmod(a, b)
        if _digit_count(quotient) > context.prec:
            context._raise(DivisionImpossible)
            return Decimal('NaN'), Decimal('NaN')
        sign = self._sign ^ other._sign
        q = Decimal._make(sign, quotient, 0)
        r = Decimal._make(self._sign, remainder, exponent)._fix(context)
        return q, r

    def __floordiv__(self, other, context=None):
        converted = _convert(other)
        if converted is NotImplemented:
            return _refuse('//', self, other)
        other = converted
        context = context or getcontext()
        if not self._special and not other._special and other._int == 0 and self._int != 0:
            context._raise(DivisionByZero)
            return Decimal._make(self._sign ^ other._sign, 0, 0, 'F')
        return self._divide_integer(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        converted = _convert(other)
        if converted is NotImplemented:
            return _refuse('//', other, self)
        other = converted
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        converted = _convert(other)
        if converted is NotImplemented:
            return _refuse('%', self, other)
        other = converted
        return self._divide_integer(other, context or getcontext())[1]

    def __rmod__(self, other, context=None):
        converted = _convert(other)
        if converted is NotImplemented:
            return _refuse('%', other, self)
        other = converted
        return other.__mod__(self, context)

    def __divmod__(self, other, context=None):
        converted = _convert(other)
        if converted is NotImplemented:
            return _refuse('divmod()', self, other)
        other = converted
        context = context or getcontext()
        if not self._special and not other._special and other._int == 0 and self._int != 0:
            context._raise(DivisionByZero)
            infinity = Decimal._make(self._sign ^ other._sign, 0, 0, 'F')
            context._raise(InvalidOperation)
            return infinity, Decimal('NaN')
        return self._divide_integer(other, context)

    def __rdivmod__(self, other, context=None):
        converted = _convert(other)
        if converted is NotImplemented:
            return _refuse('divmod()', other, self)
        other = converted
        return other.__divmod__(self, context)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            raise _unsupported('three-argument pow()')
        converted = _convert(other)
        if converted is NotImplemented:
            return _refuse('** or pow()', self, other)
        other = converted
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if other._special or self._special:
            raise _unsupported('powers of infinities')
        if other._exp < 0 and other._int % 10 ** -other._exp:
            raise _unsupported('non-integer powers')
        power = other._int * 10 ** other._exp if other._exp >= 0 else other._int // 10 ** -other._exp
        if other._sign:
            power = -power
        if power == 0:
            if self._int == 0:
                context._raise(InvalidOperation)
                return Decimal('NaN')
            return Decimal(1)
        sign = self._sign if power % 2 else 0
        if self._int == 0:
            if power < 0:
                return Decimal._make(sign, 0, 0, 'F')
            return Decimal._make(sign, 0, 0)
        if power > 0:
            # The exact power, rounded once: correctly rounded like CPython's.
            return Decimal._make(sign, self._int ** power, self._exp * power)._fix(context)
        denominator = Decimal._make(0, self._int ** -power, self._exp * -power)
        inverse = Decimal(1).__truediv__(denominator, context)
        return Decimal._make(sign, inverse._int, inverse._exp, inverse._special)

    def __rpow__(self, other, context=None):
        converted = _convert(other)
        if converted is NotImplemented:
            return _refuse('** or pow()', other, self)
        other = converted
        return other.__pow__(self, context=context)

    def __neg__(self, context=None):
        context = context or getcontext()
        if self._special:
            return self.copy_negate() if self._special == 'F' else self
        if self._int == 0 and context.rounding != ROUND_FLOOR:
            return Decimal._make(0, 0, self._exp)
        return Decimal._make(1 - self._sign, self._int, self._exp)._fix(context)

    def __pos__(self, context=None):
        context = context or getcontext()
        if self._special:
            return self
        if self._int == 0 and context.rounding != ROUND_FLOOR:
            return Decimal._make(0, 0, self._exp)
        return self._fix(context)

    def __abs__(self, round=True, context=None):
        context = context or getcontext()
        if self._special:
            return self.copy_abs()
        result = Decimal._make(0, self._int, self._exp)
        return result._fix(context) if round else result

    def sqrt(self, context=None):
        """The square root, correctly rounded to the context precision."""
        context = context or getcontext()
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        if self._special == 'F':
            if self._sign:
                context._raise(InvalidOperation)
                return Decimal('NaN')
            return self
        if self._int == 0:
            return Decimal._make(self._sign, 0, self._exp // 2)
        if self._sign:
            context._raise(InvalidOperation)
            return Decimal('NaN')
        prec = context.prec
        ideal = self._exp // 2
        coefficient, exponent = self._int, self._exp
        if exponent % 2:
            coefficient *= 10
            exponent -= 1
        # Scale so the integer root has at least prec + 1 digits; remember any digits dropped.
        shift = prec + 1 - (_digit_count(coefficient) + 1) // 2
        lost = 0
        if shift >= 0:
            scaled = coefficient * 100 ** shift
        else:
            scaled, lost = divmod(coefficient, 100 ** -shift)
        root = _math.isqrt(scaled)
        exact = root * root == scaled and lost == 0
        root_exp = exponent // 2 - shift
        if exact:
            while root_exp < ideal and root % 10 == 0:
                root //= 10
                root_exp += 1
        elif root % 5 == 0:
            root += 1  # sticky digit: the root was not exact
        with localcontext(context) as work:
            work.rounding = ROUND_HALF_EVEN
            result = Decimal._make(0, root, root_exp)._fix(work)
        if not exact:
            context._flag(Inexact)
            context._flag(Rounded)
        return result

    def exp(self, context=None):
        raise _unsupported('Decimal.exp()')

    def ln(self, context=None):
        raise _unsupported('Decimal.ln()')

    def log10(self, context=None):
        raise _unsupported('Decimal.log10()')

    # --- rounding and quantizing --------------------------------------------------------------

    def quantize(self, exp, rounding=None, context=None):
        """This value rounded to the exponent of exp (Decimal('0.01') for cents)."""
        exp = _convert(exp)
        if exp is NotImplemented:
            raise TypeError(f'conversion from {type(exp).__name__} to Decimal is not supported')
        context = context or getcontext()
        rounding = rounding or context.rounding
        nan = self._check_nans(exp, context)
        if nan is not None:
            return nan
        if self._special or exp._special:
            if self._special == 'F' and exp._special == 'F':
                return self
            context._raise(InvalidOperation)
            return Decimal('NaN')
        target = exp._exp
        if self._exp >= target:
            coefficient = self._int * 10 ** (self._exp - target)
            inexact = False
        else:
            coefficient, inexact = _round_coefficient(self._sign, self._int, target - self._exp,
                                                      rounding)
        if _digit_count(coefficient) > context.prec:
            context._raise(InvalidOperation)
            return Decimal('NaN')
        if inexact:
            context._flag(Inexact)
        if target > self._exp and self._int:
            context._flag(Rounded)
        return Decimal._make(self._sign, coefficient, target)

    def to_integral_value(self, rounding=None, context=None):
        """Rounded to an integer value (exponent 0), without signalling Inexact."""
        context = context or getcontext()
        if self._special:
            return self._check_nans(None, context) or self
        if self._exp >= 0:
            return self
        coefficient, _ = _round_coefficient(self._sign, self._int, -self._exp,
                                            rounding or context.rounding)
        return Decimal._make(self._sign, coefficient, 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        context = context or getcontext()
        result = self.to_integral_value(rounding, context)
        if result != self:
            context._flag(Inexact)
            context._flag(Rounded)
        return result

    def normalize(self, context=None):
        """Strip trailing zeros (after rounding to the context); zero becomes 0."""
        context = context or getcontext()
        if self._special:
            return self._check_nans(None, context) or self
        result = self._fix(context)
        if result._special:
            return result
        if result._int == 0:
            return Decimal._make(result._sign, 0, 0)
        coefficient, exponent = result._int, result._exp
        while coefficient % 10 == 0:
            coefficient //= 10
            exponent += 1
        return Decimal._make(result._sign, coefficient, exponent)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            return self.quantize(Decimal._make(0, 1, -n))
        if self._special == 'F':
            raise OverflowError('cannot round an infinity')
        if self._special:
            raise ValueError('cannot round a NaN')
        return int(self.to_integral_value(ROUND_HALF_EVEN))

    def _check_roundable(self):
        if self._special == 'F':
            raise OverflowError('cannot round an infinity')
        if self._special:
            raise ValueError('cannot round a NaN')

    def __floor__(self):
        self._check_roundable()
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        self._check_roundable()
        return int(self.to_integral_value(ROUND_CEILING))

    def __trunc__(self):
        return self.__int__()

    # --- conversions --------------------------------------------------------------------------

    def __int__(self):
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer')
        if self._special:
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            value = self._int * 10 ** self._exp
        else:
            value = self._int // 10 ** -self._exp
        return -value if self._sign else value

    def __float__(self):
        if self._special == 'F':
            return float('-inf') if self._sign else float('inf')
        if self._special:
            if self._special == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan') if self._sign else float('nan')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def __str__(self, eng=False, context=None):
        """The scientific string of the specification ('1.23', '1.2E+5', '-0.00')."""
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special:
            payload = str(self._int) if self._int else ''
            return sign + ('NaN' if self._special == 'n' else 'sNaN') + payload
        digits = str(self._int)
        exponent = self._exp
        adjusted = exponent + len(digits) - 1
        capitals = (context or getcontext()).capitals if context is not None else 1
        letter = 'E' if capitals else 'e'
        if exponent <= 0 and adjusted >= -6:
            point = len(digits) + exponent
            if point > 0:
                text = digits[:point] + ('.' + digits[point:] if digits[point:] else '')
            else:
                text = '0.' + '0' * -point + digits
            return sign + text
        if eng:
            return sign + _engineering(digits, exponent, letter)
        text = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
        return f'{sign}{text}{letter}{adjusted:+d}'

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('" + self.__str__() + "')"

    def __format__(self, spec, _localeconv=None):
        return _format_decimal(self, spec)

    # --- comparisons and hashing --------------------------------------------------------------

    def _compare_value(self, other):
        """-1/0/1 against another number (float compared exactly), None if unordered (NaN),
        NotImplemented for other types."""
        if isinstance(other, float):
            if other != other:
                return None
            other = Decimal.from_float(other)
        elif isinstance(other, int):
            other = Decimal(other)
        elif not isinstance(other, Decimal):
            if hasattr(other, 'numerator') and hasattr(other, 'denominator'):
                n, d = self.as_integer_ratio() if not self._special else (None, None)
                if n is None:
                    return None if self.is_nan() else (-1 if self._sign else 1)
                left = n * other.denominator
                right = other.numerator * d
                return (left > right) - (left < right)
            return NotImplemented
        if self.is_nan() or other.is_nan():
            return None
        if self._special == 'F' or other._special == 'F':
            a = 0 if self._special != 'F' else (-1 if self._sign else 1)
            b = 0 if other._special != 'F' else (-1 if other._sign else 1)
            if a or b:
                return (a > b) - (a < b)
        if self._int == 0 and other._int == 0:
            return 0
        a_num, a_den = self.as_integer_ratio()
        b_num, b_den = other.as_integer_ratio()
        left = a_num * b_den
        right = b_num * a_den
        return (left > right) - (left < right)

    def __eq__(self, other):
        result = self._compare_value(other)
        if result is NotImplemented:
            if isinstance(other, complex) and other.imag == 0:
                return self == other.real
            return NotImplemented
        return result == 0

    def _ordered(self, other):
        result = self._compare_value(other)
        if result is None:
            getcontext()._raise(InvalidOperation)
        return result

    def __lt__(self, other):
        result = self._ordered(other)
        return result if result is NotImplemented else (result is not None and result < 0)

    def __le__(self, other):
        result = self._ordered(other)
        return result if result is NotImplemented else (result is not None and result <= 0)

    def __gt__(self, other):
        result = self._ordered(other)
        return result if result is NotImplemented else (result is not None and result > 0)

    def __ge__(self, other):
        result = self._ordered(other)
        return result if result is NotImplemented else (result is not None and result >= 0)

    def compare(self, other, context=None):
        other = _convert(other)
        if self.is_nan() or other.is_nan():
            return self._check_nans(other, context or getcontext())
        return Decimal(self._compare_value(other))

    def max(self, other, context=None):
        other = _convert(other)
        return other if self._compare_value(other) < 0 else self

    def min(self, other, context=None):
        other = _convert(other)
        return other if self._compare_value(other) > 0 else self

    def __hash__(self):
        if self._special:
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value.')
            if self._special == 'n':
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            exponent_hash = pow(10, self._exp, _HASH_MODULUS)
        else:
            exponent_hash = pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        value = self._int * exponent_hash % _HASH_MODULUS
        result = -value if self._sign else value
        return -2 if result == -1 else result

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self


def _engineering(digits, exponent, letter):
    adjusted = exponent + len(digits) - 1
    shift = adjusted % 3
    point = shift + 1
    exp3 = adjusted - shift
    if len(digits) < point:
        digits = digits + '0' * (point - len(digits))
    text = digits[:point] + ('.' + digits[point:] if digits[point:] else '')
    if exp3 == 0:
        return text
    return f'{text}{letter}{exp3:+d}'


def _format_decimal(value, spec):
    """format(Decimal, spec) for the common specs: [[fill]align][sign][,_][width][.prec][type]
    with types e E f F g G % and none."""
    if spec == '':
        return value.__str__()
    import re
    match = re.fullmatch(r'(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?',
                         spec, re.DOTALL)
    if match is None:
        raise ValueError('invalid format string')
    fill, align, sign_flag, _z, _alt, zero, width, grouping, precision, kind = match.groups()
    if zero and fill is None:
        fill, align = '0', align or '='
    fill = fill or ' '
    align = align or '>'
    negative = value._sign == 1
    if value._special:
        body = 'Infinity' if value._special == 'F' else 'NaN'
        if kind == '%':
            body += '%'
    else:
        magnitude = value.copy_abs()
        prec = int(precision) if precision is not None else None
        if kind is None or kind in 'gGn':
            if prec is not None:
                with localcontext() as work:
                    work.prec = max(prec, 1)
                    work.rounding = ROUND_HALF_EVEN
                    magnitude = magnitude._fix(work)
            body = str(magnitude)
            if kind == 'g' or kind == 'n':
                body = body.replace('E', 'e')
        elif kind in 'fF%':
            if kind == '%':
                magnitude = Decimal._make(0, magnitude._int, magnitude._exp + 2)
            if prec is not None:
                magnitude = magnitude.quantize(Decimal._make(0, 1, -prec), ROUND_HALF_EVEN,
                                               Context(prec=MAX_PREC))
            digits = str(magnitude._int)
            exponent = magnitude._exp
            if exponent >= 0:
                body = digits + '0' * exponent if magnitude._int else '0'
            else:
                point = len(digits) + exponent
                if point > 0:
                    body = digits[:point] + '.' + digits[point:]
                else:
                    body = '0.' + '0' * -point + digits
            if kind == '%':
                body += '%'
        else:  # e, E
            digits = str(magnitude._int)
            if prec is not None:
                with localcontext() as work:
                    work.prec = prec + 1
                    work.rounding = ROUND_HALF_EVEN
                    magnitude = magnitude._fix(work)
                digits = str(magnitude._int).ljust(prec + 1, '0') if magnitude._int else '0' * (prec + 1)
            adjusted = magnitude._exp + len(str(magnitude._int)) - 1
            mantissa = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
            body = f'{mantissa}{"e" if kind == "e" else "E"}{adjusted:+d}'
        if grouping:
            whole, dot, rest = body.partition('.')
            if whole.isdigit():
                groups = []
                while len(whole) > 3:
                    groups.insert(0, whole[-3:])
                    whole = whole[:-3]
                groups.insert(0, whole)
                body = grouping.join(groups) + dot + rest
    sign = '-' if negative else ('+' if sign_flag == '+' else (' ' if sign_flag == ' ' else ''))
    width = int(width) if width else 0
    padding = width - len(sign) - len(body)
    if padding <= 0:
        return sign + body
    if align == '=':
        return sign + fill * padding + body
    if align == '<':
        return sign + body + fill * padding
    if align == '^':
        left = padding // 2
        return fill * left + sign + body + fill * (padding - left)
    return fill * padding + sign + body

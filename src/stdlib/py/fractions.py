"""fractions: exact rational numbers (Fraction), written for Pyex from the documented behaviour:
construction from ints, strings, floats and other rationals, arithmetic mixing with int, float
and complex, comparisons, limit_denominator, and hashes equal to those of equal numbers."""

import math as _math
import sys

__all__ = ['Fraction']

try:
    _HASH_MODULUS = sys.hash_info.modulus
    _HASH_INF = sys.hash_info.inf
except AttributeError:
    _HASH_MODULUS = 2 ** 61 - 1
    _HASH_INF = 314159


def _is_rational(obj):
    """Fraction, int, or another object exposing integer numerator/denominator."""
    if isinstance(obj, (int, Fraction)):
        return True
    return (isinstance(getattr(obj, 'numerator', None), int)
            and isinstance(getattr(obj, 'denominator', None), int)
            and not isinstance(obj, float))


def _parse(text):
    """(numerator, denominator) of a Fraction literal such as '-3/4', '1.5e-3', ' 7 '."""
    s = text.strip()
    if not s:
        raise ValueError
    sign = 1
    if s[0] in '+-':
        if s[0] == '-':
            sign = -1
        s = s[1:]
    if '/' in s:
        top, _, bottom = s.partition('/')
        if not _is_digits(top) or not _is_digits(bottom):
            raise ValueError
        return sign * int(top), int(bottom)
    exponent = 0
    lowered = s.lower()
    if 'e' in lowered:
        at = lowered.index('e')
        mantissa, exp_text = s[:at], s[at + 1:]
        digits = exp_text[1:] if exp_text[:1] in '+-' else exp_text
        if not _is_digits(digits):
            raise ValueError
        exponent = int(exp_text.replace('_', ''))
    else:
        mantissa = s
    whole, dot, fraction = mantissa.partition('.')
    if not whole and not fraction:
        raise ValueError
    if whole and not _is_digits(whole):
        raise ValueError
    if dot and fraction and not _is_digits(fraction):
        raise ValueError
    if not whole and not dot:
        raise ValueError
    digits = (whole + fraction).replace('_', '') or '0'
    numerator = int(digits)
    denominator = 10 ** len(fraction.replace('_', ''))
    if exponent >= 0:
        numerator *= 10 ** exponent
    else:
        denominator *= 10 ** -exponent
    return sign * numerator, denominator


def _is_digits(text):
    """Decimal digits, possibly grouped by single underscores ('1_000')."""
    if not text or text[0] == '_' or text[-1] == '_' or '__' in text:
        return False
    for char in text:
        if char != '_' and not ('0' <= char <= '9'):
            return False
    return True


class Fraction:
    """A rational number numerator/denominator in lowest terms (denominator > 0).

    Fraction(3, 4), Fraction('3/4'), Fraction('0.75'), Fraction(0.75) are all 3/4.
    """
    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction) or _is_rational(numerator):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or hasattr(numerator, 'as_integer_ratio') and not isinstance(numerator, str):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                try:
                    numerator, denominator = _parse(numerator)
                except ValueError:
                    raise ValueError(f'Invalid literal for Fraction: {numerator!r}') from None
                if denominator == 0:
                    raise ZeroDivisionError(f'Fraction({numerator}, 0)')
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError(f'Fraction({numerator}, 0)')
        g = _math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def _new(cls, numerator, denominator):
        """A Fraction from values already in lowest terms with a positive denominator."""
        self = object.__new__(cls)
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of float f."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f'{cls.__name__}.from_float() only takes floats, not {f!r} '
                            f'({type(f).__name__})')
        return cls._new(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (or int)."""
        if isinstance(dec, int):
            return cls(dec)
        if type(dec).__name__ != 'Decimal':
            raise TypeError(f'{cls.__name__}.from_decimal() only takes Decimals, not {dec!r} '
                            f'({type(dec).__name__})')
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction convergents p/q until the next would exceed the bound.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # The best approximation is the last convergent or the best semiconvergent.
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._new(p1, q1)
        return Fraction(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return f'{self.__class__.__name__}({self._numerator}, {self._denominator})'

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f'{self._numerator}/{self._denominator}'

    # --- arithmetic: Fraction op (int | Fraction) stays exact; float and complex go inexact ---

    def _coerce(self, other):
        """other as (numerator, denominator), or a float/complex, or NotImplemented."""
        if isinstance(other, int):
            return (other, 1)
        if isinstance(other, Fraction):
            return (other._numerator, other._denominator)
        if isinstance(other, (float, complex)):
            return other
        if _is_rational(other):
            return (other.numerator, other.denominator)
        return NotImplemented

    def __add__(self, other):
        value = self._coerce(other)
        if value is NotImplemented:
            return value
        if not isinstance(value, tuple):
            return float(self) + value
        na, da = self._numerator, self._denominator
        nb, db = value
        return Fraction(na * db + nb * da, da * db)

    def __radd__(self, other):
        value = self._coerce(other)
        if value is NotImplemented:
            return value
        if not isinstance(value, tuple):
            return value + float(self)
        nb, db = value
        return Fraction(nb * self._denominator + self._numerator * db, db * self._denominator)

    def __sub__(self, other):
        value = self._coerce(other)
        if value is NotImplemented:
            return value
        if not isinstance(value, tuple):
            return float(self) - value
        nb, db = value
        return Fraction(self._numerator * db - nb * self._denominator, self._denominator * db)

    def __rsub__(self, other):
        value = self._coerce(other)
        if value is NotImplemented:
            return value
        if not isinstance(value, tuple):
            return value - float(self)
        nb, db = value
        return Fraction(nb * self._denominator - self._numerator * db, db * self._denominator)

    def __mul__(self, other):
        value = self._coerce(other)
        if value is NotImplemented:
            return value
        if not isinstance(value, tuple):
            return float(self) * value
        nb, db = value
        return Fraction(self._numerator * nb, self._denominator * db)

    def __rmul__(self, other):
        value = self._coerce(other)
        if value is NotImplemented:
            return value
        if not isinstance(value, tuple):
            return value * float(self)
        nb, db = value
        return Fraction(nb * self._numerator, db * self._denominator)

    def __truediv__(self, other):
        value = self._coerce(other)
        if value is NotImplemented:
            return value
        if not isinstance(value, tuple):
            return float(self) / value
        nb, db = value
        if nb == 0:
            raise ZeroDivisionError(f'Fraction({_sign(self._numerator)}, 0)')
        return Fraction(self._numerator * db, self._denominator * nb)

    def __rtruediv__(self, other):
        value = self._coerce(other)
        if value is NotImplemented:
            return value
        if not isinstance(value, tuple):
            return value / float(self)
        nb, db = value
        if self._numerator == 0:
            raise ZeroDivisionError(f'Fraction({_sign(nb)}, 0)')
        return Fraction(nb * self._denominator, db * self._numerator)

    def __floordiv__(self, other):
        value = self._coerce(other)
        if value is NotImplemented:
            return value
        if not isinstance(value, tuple):
            return float(self) // value
        nb, db = value
        return (self._numerator * db) // (self._denominator * nb)

    def __rfloordiv__(self, other):
        value = self._coerce(other)
        if value is NotImplemented:
            return value
        if not isinstance(value, tuple):
            return value // float(self)
        nb, db = value
        return (nb * self._denominator) // (db * self._numerator)

    def __mod__(self, other):
        value = self._coerce(other)
        if value is NotImplemented:
            return value
        if not isinstance(value, tuple):
            return float(self) % value
        nb, db = value
        return Fraction((self._numerator * db) % (nb * self._denominator), self._denominator * db)

    def __rmod__(self, other):
        value = self._coerce(other)
        if value is NotImplemented:
            return value
        if not isinstance(value, tuple):
            return value % float(self)
        nb, db = value
        return Fraction((nb * self._denominator) % (self._numerator * db), db * self._denominator)

    def __divmod__(self, other):
        value = self._coerce(other)
        if value is NotImplemented:
            return value
        if not isinstance(value, tuple):
            return divmod(float(self), value)
        nb, db = value
        quotient, remainder = divmod(self._numerator * db, self._denominator * nb)
        return quotient, Fraction(remainder, self._denominator * db)

    def __rdivmod__(self, other):
        value = self._coerce(other)
        if value is NotImplemented:
            return value
        if not isinstance(value, tuple):
            return divmod(value, float(self))
        nb, db = value
        quotient, remainder = divmod(nb * self._denominator, db * self._numerator)
        return quotient, Fraction(remainder, db * self._denominator)

    def __pow__(self, other):
        if isinstance(other, int) or (isinstance(other, Fraction) and other._denominator == 1):
            power = other if isinstance(other, int) else other._numerator
            if power >= 0:
                return Fraction._new(self._numerator ** power, self._denominator ** power)
            if self._numerator == 0:
                raise ZeroDivisionError(f'Fraction({self._denominator ** -power}, 0)')
            if self._numerator > 0:
                return Fraction._new(self._denominator ** -power, self._numerator ** -power)
            return Fraction._new((-self._denominator) ** -power, (-self._numerator) ** -power)
        if isinstance(other, (float, complex, Fraction)) or _is_rational(other):
            if isinstance(other, Fraction) or _is_rational(other):
                other = other.numerator / other.denominator
            return float(self) ** other
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0:
            return other ** self._numerator
        if _is_rational(other):
            return Fraction(other.numerator, other.denominator) ** self
        if self._denominator == 1:
            return other ** self._numerator
        return other ** float(self)

    def __pos__(self):
        return Fraction._new(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction._new(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction._new(abs(self._numerator), self._denominator)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    def __trunc__(self):
        return self.__int__()

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        """Round half to even; with ndigits, the result is a Fraction."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(self):
        return self._numerator / self._denominator

    def __bool__(self):
        return self._numerator != 0

    def __hash__(self):
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            value = _HASH_INF
        else:
            value = hash(hash(abs(self._numerator)) * inverse)
        result = value if self._numerator >= 0 else -value
        return -2 if result == -1 else result

    def __eq__(self, other):
        if type(other) is int:
            return self._numerator == other and self._denominator == 1
        if isinstance(other, Fraction) or _is_rational(other):
            return (self._numerator == other.numerator
                    and self._denominator == other.denominator)
        if isinstance(other, complex) and other.imag == 0:
            other = other.real
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return 0.0 == other
            return self == self.from_float(other)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, Fraction) or _is_rational(other):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other, _lt)

    def __gt__(self, other):
        return self._compare(other, _gt)

    def __le__(self, other):
        return self._compare(other, _le)

    def __ge__(self, other):
        return self._compare(other, _ge)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    # The numbers-tower names real code uses.
    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


def _sign(n):
    return (n > 0) - (n < 0)


def _lt(a, b):
    return a < b


def _gt(a, b):
    return a > b


def _le(a, b):
    return a <= b


def _ge(a, b):
    return a >= b

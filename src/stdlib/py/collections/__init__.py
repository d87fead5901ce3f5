"""collections: deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap and the User*
wrappers, written for Pyex from the documented behaviour (no exec: namedtuple builds its class with
type()). The ABCs live in the collections.abc submodule.
"""

import sys
from collections import abc as _abc
from collections.abc import Mapping as _Mapping, MutableMapping as _MutableMapping
from collections.abc import MutableSequence as _MutableSequence, Sequence as _Sequence
from collections.abc import KeysView as _KeysView, ItemsView as _ItemsView, ValuesView as _ValuesView

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

_GenericAlias = type(list[int])

# ids of objects whose repr is being computed (guards self-containing containers)
_repr_running = set()


def _index(value):
    """The integer value of `value` for positions (int or __index__), else TypeError."""
    if isinstance(value, int):
        return value
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


# --- deque --------------------------------------------------------------------------------------

class _ReadOnlyMaxlen:
    """The `maxlen` attribute: readable, never writable (CPython's wording)."""

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance._maxlen

    def __set__(self, instance, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")


def _mutated():
    return RuntimeError('deque mutated during iteration')


class deque:
    """A double-ended queue: O(1) appends and pops at both ends, optionally bounded by maxlen
    (adding to a full deque drops an item from the other end).

    Stored as a ring buffer: `_items` is a list whose length is a power of two, the deque occupies
    `_size` slots starting at `_head` (wrapping around), and `_state` counts mutations so iterators
    can detect them.
    """
    __slots__ = ('_items', '_head', '_size', '_mask', '_maxlen', '_state', '__weakref__')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._items = [None] * 8
        self._mask = 7
        self._head = 0
        self._size = 0
        self._maxlen = maxlen
        self._state = 0
        self.extend(iterable)

    maxlen = _ReadOnlyMaxlen()

    def _grow(self):
        items = self._items
        head = self._head
        capacity = len(items)
        ordered = items[head:] + items[:head]
        ordered.extend([None] * capacity)
        self._items = ordered
        self._head = 0
        self._mask = capacity * 2 - 1

    def _to_list(self):
        items = self._items
        head = self._head
        end = head + self._size
        if end <= len(items):
            return items[head:end]
        return items[head:] + items[:end & self._mask]

    def _set_from(self, values):
        """Replace the contents with the list `values` (already within maxlen); takes ownership."""
        count = len(values)
        capacity = 8
        while capacity < count:
            capacity *= 2
        values.extend([None] * (capacity - count))
        self._items = values
        self._mask = capacity - 1
        self._head = 0
        self._size = count
        self._state += 1

    def append(self, x):
        """Add x to the right end."""
        self._state += 1
        if self._size == self._maxlen:
            if self._size == 0:
                return
            items = self._items
            items[self._head] = None
            self._head = (self._head + 1) & self._mask
            self._size -= 1
        if self._size == len(self._items):
            self._grow()
        self._items[(self._head + self._size) & self._mask] = x
        self._size += 1

    def appendleft(self, x):
        """Add x to the left end."""
        self._state += 1
        if self._size == self._maxlen:
            if self._size == 0:
                return
            self._size -= 1
            self._items[(self._head + self._size) & self._mask] = None
        if self._size == len(self._items):
            self._grow()
        self._head = (self._head - 1) & self._mask
        self._items[self._head] = x
        self._size += 1

    def pop(self):
        """Remove and return the rightmost item."""
        if self._size == 0:
            raise IndexError('pop from an empty deque')
        self._state += 1
        self._size -= 1
        slot = (self._head + self._size) & self._mask
        items = self._items
        value = items[slot]
        items[slot] = None
        return value

    def popleft(self):
        """Remove and return the leftmost item."""
        if self._size == 0:
            raise IndexError('pop from an empty deque')
        self._state += 1
        items = self._items
        head = self._head
        value = items[head]
        items[head] = None
        self._head = (head + 1) & self._mask
        self._size -= 1
        return value

    def extend(self, iterable):
        """Append every item of iterable on the right."""
        if iterable is self:
            iterable = self._to_list()
        append = self.append
        for value in iterable:
            append(value)

    def extendleft(self, iterable):
        """Append every item of iterable on the left (so they end up reversed)."""
        if iterable is self:
            iterable = self._to_list()
        appendleft = self.appendleft
        for value in iterable:
            appendleft(value)

    def clear(self):
        """Remove every item."""
        self._items = [None] * 8
        self._mask = 7
        self._head = 0
        self._size = 0
        self._state += 1

    def copy(self):
        """A shallow copy."""
        if type(self) is deque:
            result = deque((), self._maxlen)
            result._set_from(self._to_list())
            return result
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        """How many items equal x."""
        state = self._state
        total = 0
        items = self._items
        head = self._head
        mask = self._mask
        for i in range(self._size):
            value = items[(head + i) & mask]
            if value is x or value == x:
                total += 1
            if self._state != state:
                raise _mutated()
        return total

    def index(self, x, start=0, stop=sys.maxsize):
        """Position of the first item equal to x within [start, stop); ValueError if none."""
        size = self._size
        start = _index(start)
        stop = _index(stop)
        if start < 0:
            start += size
            if start < 0:
                start = 0
        if stop < 0:
            stop += size
            if stop < 0:
                stop = 0
        if stop > size:
            stop = size
        state = self._state
        items = self._items
        head = self._head
        mask = self._mask
        i = start
        while i < stop:
            value = items[(head + i) & mask]
            if value is x or value == x:
                return i
            if self._state != state:
                raise _mutated()
            i += 1
        raise ValueError(f'{x!r} is not in deque')

    def insert(self, i, x):
        """Insert x before position i."""
        if self._size == self._maxlen:
            raise IndexError('deque already at its maximum size')
        i = _index(i)
        size = self._size
        if i >= size:
            self.append(x)
        elif i == 0 or i <= -size:
            self.appendleft(x)
        else:
            values = self._to_list()
            values.insert(i, x)
            self._set_from(values)

    def remove(self, value):
        """Remove the first item equal to value; ValueError if none."""
        state = self._state
        items = self._items
        head = self._head
        mask = self._mask
        for i in range(self._size):
            item = items[(head + i) & mask]
            equal = item is value or item == value
            if self._state != state:
                raise IndexError('deque mutated during remove().')
            if equal:
                del self[i]
                return
        raise ValueError(f'{value!r} is not in deque')

    def reverse(self):
        """Reverse in place."""
        values = self._to_list()
        values.reverse()
        self._set_from(values)

    def rotate(self, n=1):
        """Rotate n steps to the right (left if n is negative)."""
        n = _index(n)
        size = self._size
        if size <= 1:
            return
        half = size >> 1
        if n > half or n < -half:
            n %= size
            if n > half:
                n -= size
            elif n < -half:
                n += size
        if n == 0:
            return
        self._state += 1
        items = self._items
        mask = self._mask
        head = self._head
        if size == len(items):
            # A full ring rotates by moving its head.
            self._head = (head - n) & mask
            return
        if n > 0:
            for _ in range(n):
                tail = (head + size - 1) & mask
                head = (head - 1) & mask
                items[head] = items[tail]
                items[tail] = None
        else:
            for _ in range(-n):
                tail = (head + size) & mask
                items[tail] = items[head]
                items[head] = None
                head = (head + 1) & mask
        self._head = head

    def _position(self, index):
        if not isinstance(index, int):
            if getattr(type(index), '__index__', None) is None:
                raise TypeError(f'sequence index must be integer, not {type(index).__name__!r}')
            index = index.__index__()
        size = self._size
        if index < 0:
            index += size
        if index < 0 or index >= size:
            raise IndexError('deque index out of range')
        return (self._head + index) & self._mask

    def __getitem__(self, index):
        return self._items[self._position(index)]

    def __setitem__(self, index, value):
        self._items[self._position(index)] = value

    def __delitem__(self, index):
        self._position(index)
        if index < 0:
            index += self._size
        if index == 0:
            self.popleft()
        elif index == self._size - 1:
            self.pop()
        else:
            values = self._to_list()
            del values[index]
            self._set_from(values)

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size != 0

    def __contains__(self, x):
        state = self._state
        items = self._items
        head = self._head
        mask = self._mask
        for i in range(self._size):
            value = items[(head + i) & mask]
            if value is x or value == x:
                return True
            if self._state != state:
                raise _mutated()
        return False

    def __iter__(self):
        state = self._state
        count = self._size
        i = 0
        while True:
            if self._state != state:
                raise _mutated()
            if i >= count:
                return
            yield self._items[(self._head + i) & self._mask]
            i += 1

    def __reversed__(self):
        state = self._state
        i = self._size - 1
        while True:
            if self._state != state:
                raise _mutated()
            if i < 0:
                return
            yield self._items[(self._head + i) & self._mask]
            i -= 1

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            body = ', '.join([repr(value) for value in self._to_list()])
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen is None:
            return f'{name}([{body}])'
        return f'{name}([{body}], maxlen={self._maxlen})'

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result.__imul__(n)
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        if n <= 0:
            self.clear()
            return self
        values = self._to_list()
        repeated = values * n
        if self._maxlen is not None and len(repeated) > self._maxlen:
            repeated = repeated[len(repeated) - self._maxlen:]
        self._set_from(repeated)
        return self

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        if self._size != other._size:
            return False
        return self._to_list() == other._to_list()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return not self.__eq__(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._to_list() < other._to_list()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._to_list() <= other._to_list()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._to_list() > other._to_list()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._to_list() >= other._to_list()

    __hash__ = None

    def __reduce__(self):
        return (type(self), (self._to_list(), self._maxlen))

    __class_getitem__ = classmethod(_GenericAlias)


# --- defaultdict --------------------------------------------------------------------------------

class defaultdict(dict):
    """A dict that calls default_factory() to make the value of a missing key."""
    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            factory_text = repr(factory)
            body = dict.__repr__(self)
        finally:
            _repr_running.discard(key)
        return f'{type(self).__name__}({factory_text}, {body})'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return (type(self), args, None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result


# --- OrderedDict --------------------------------------------------------------------------------

class _OrderedKeysView(_KeysView):
    __slots__ = ()

    def __reversed__(self):
        return reversed(list(self._mapping))

    def __repr__(self):
        return f'odict_keys({list(self)!r})'


class _OrderedItemsView(_ItemsView):
    __slots__ = ()

    def __reversed__(self):
        mapping = self._mapping
        for key in reversed(list(mapping)):
            yield (key, mapping[key])

    def __repr__(self):
        return f'odict_items({list(self)!r})'


class _OrderedValuesView(_ValuesView):
    __slots__ = ()

    def __reversed__(self):
        mapping = self._mapping
        for key in reversed(list(mapping)):
            yield mapping[key]

    def __repr__(self):
        return f'odict_values({list(self)!r})'


class OrderedDict(dict):
    """A dict that remembers insertion order and can reorder: move_to_end, popitem(last=False).
    Equality between two OrderedDicts is order-sensitive."""

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    update = _MutableMapping.update

    def move_to_end(self, key, last=True):
        """Move an existing key to the right end (or the left end when last is false)."""
        if not dict.__contains__(self, key):
            raise KeyError(key)
        if last:
            value = dict.pop(self, key)
            dict.__setitem__(self, key, value)
            return
        first = next(iter(dict.keys(self)))
        if first is key or first == key:
            return
        value = dict.pop(self, key)
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for item_key, item_value in rest:
            dict.__setitem__(self, item_key, item_value)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the right end (left when last is false)."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            key = next(reversed(dict.keys(self)))
        else:
            key = next(iter(dict.keys(self)))
        value = dict.pop(self, key)
        return key, value

    def keys(self):
        return _OrderedKeysView(self)

    def items(self):
        return _OrderedItemsView(self)

    def values(self):
        return _OrderedValuesView(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for mine, theirs in zip(dict.keys(self), dict.keys(other)):
                if not (mine is theirs or mine == theirs):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return f'{name}()'
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return f'{name}({list(dict.items(self))!r})'
        finally:
            _repr_running.discard(key)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def setdefault(self, key, default=None):
        if dict.__contains__(self, key):
            return self[key]
        self[key] = default
        return default

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self

    def __reduce__(self):
        return (type(self), (), None, None, iter(list(dict.items(self))))


# --- Counter ------------------------------------------------------------------------------------

def _count_into(counter, iterable):
    get = counter.get
    for element in iterable:
        counter[element] = get(element, 0) + 1


class Counter(dict):
    """A dict that counts hashable things: missing keys count 0; arithmetic keeps positive counts.

    >>> Counter('abracadabra').most_common(2)
    [('a', 5), ('b', 2)]
    """

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """The sum of all counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The n most common (element, count) pairs, largest first; ties keep insertion order."""
        ordered = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return ordered
        n = _index(n)
        if n <= 0:
            return []
        return ordered[:n]

    def elements(self):
        """Each element repeated as many times as its count (elements with count < 1 skipped)."""
        for element, count in self.items():
            for _ in range(count):
                yield element

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of elements or from a mapping of counts."""
        if iterable is not None:
            if isinstance(iterable, dict) or isinstance(iterable, _Mapping):
                if self:
                    get = self.get
                    for element, count in iterable.items():
                        self[element] = count + get(element, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_into(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts (they may go to zero or below)."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, dict) or isinstance(iterable, _Mapping):
                for element, count in iterable.items():
                    self[element] = get(element, 0) - count
            else:
                for element in iterable:
                    self[element] = get(element, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        return (type(self), (dict(self),))

    def __delitem__(self, element):
        if element in self:
            dict.__delitem__(self, element)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return f'{name}()'
        try:
            ordered = dict(self.most_common())
        except TypeError:
            ordered = dict(self)
        return f'{name}({ordered!r})'

    # comparisons treat missing elements as zero counts (3.10+)
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for element in self:
            if not self[element] == other[element]:
                return False
        for element in other:
            if not self[element] == other[element]:
                return False
        return True

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for element in self:
            if not self[element] <= other[element]:
                return False
        for element in other:
            if not self[element] <= other[element]:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for element in self:
            if not self[element] >= other[element]:
                return False
        for element in other:
            if not self[element] >= other[element]:
                return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            total = count + other[element]
            if total > 0:
                result[element] = total
        for element, count in other.items():
            if element not in self and count > 0:
                result[element] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            difference = count - other[element]
            if difference > 0:
                result[element] = difference
        for element, count in other.items():
            if element not in self and count < 0:
                result[element] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            theirs = other[element]
            larger = theirs if count < theirs else count
            if larger > 0:
                result[element] = larger
        for element, count in other.items():
            if element not in self and count > 0:
                result[element] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            theirs = other[element]
            smaller = count if count < theirs else theirs
            if smaller > 0:
                result[element] = smaller
        return result

    def __pos__(self):
        result = Counter()
        for element, count in self.items():
            if count > 0:
                result[element] = count
        return result

    def __neg__(self):
        result = Counter()
        for element, count in self.items():
            if count < 0:
                result[element] = 0 - count
        return result

    def _keep_positive(self):
        for element in [element for element, count in self.items() if not count > 0]:
            del self[element]
        return self

    def __iadd__(self, other):
        for element, count in other.items():
            self[element] += count
        return self._keep_positive()

    def __isub__(self, other):
        for element, count in other.items():
            self[element] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for element, count in other.items():
            if count > self[element]:
                self[element] = count
        return self._keep_positive()

    def __iand__(self, other):
        for element, count in self.items():
            theirs = other[element]
            if theirs < count:
                self[element] = theirs
        return self._keep_positive()


def _second(pair):
    return pair[1]


# --- namedtuple ---------------------------------------------------------------------------------

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if',
    'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'])


class _FieldAlias:
    """Read-only access to one field of a named tuple (`Point.x`), by position."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Make a tuple subclass whose items are also reachable as attributes.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith('_')
                    or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        first_default = len(field_names) - len(defaults)
        for offset, value in enumerate(defaults):
            field_defaults[field_names[first_default + offset]] = value

    fields = tuple(field_names)
    count = len(fields)
    tuple_new = tuple.__new__
    new_qualname = f'{typename}.__new__'

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == count:
            return tuple_new(_cls, args)
        from _pyex_signature import bind
        values = bind(new_qualname, fields, field_defaults, (), {}, args, kwargs, skip=1)
        return tuple_new(_cls, values)

    __new__.__qualname__ = new_qualname
    __new__.__doc__ = f'Create new instance of {typename}({", ".join(fields)})'
    if defaults:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != count:
            raise TypeError(f'Expected {count} arguments, got {len(result)}')
        return result

    _make.__func__.__doc__ = f'Make a new {typename} object from a sequence or iterable'

    def _replace(self, /, **kwds):
        values = list(self)
        for index in range(count):
            name = fields[index]
            if name in kwds:
                values[index] = kwds.pop(name)
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return self._make(values)

    _replace.__doc__ = f'Return a new {typename} object replacing specified fields with new values'

    def __repr__(self):
        parts = []
        for index in range(count):
            parts.append(f'{fields[index]}={self[index]!r}')
        return f'{self.__class__.__name__}({", ".join(parts)})'

    __repr__.__doc__ = 'Return a nicely formatted representation string'

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    namespace = {
        '__doc__': f'{typename}({", ".join(fields)})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for function in (_make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        function.__qualname__ = f'{typename}.{function.__name__}'
    for index, name in enumerate(fields):
        namespace[name] = _FieldAlias(index, f'Alias for field number {index}')

    result = type(typename, (tuple,), namespace)

    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    if module is not None:
        result.__module__ = module
    return result


# --- ChainMap -----------------------------------------------------------------------------------

class ChainMap(_MutableMapping):
    """Several mappings searched in order as one; writes and deletions go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return default

    def __len__(self):
        keys = set()
        for mapping in self.maps:
            keys.update(mapping)
        return len(keys)

    def __iter__(self):
        ordered = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                ordered[key] = None
        return iter(ordered)

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if mapping:
                return True
        return False

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return f'{type(self).__name__}({", ".join([repr(m) for m in self.maps])})'
        finally:
            _repr_running.discard(key)

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A new ChainMap with a new map (m, or a fresh dict) in front of these maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """A new ChainMap of every map but the first."""
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = dict(other)
        for mapping in reversed(self.maps):
            merged.update(mapping)
        return type(self)(merged)


# --- UserDict, UserList, UserString -------------------------------------------------------------

class UserDict(_MutableMapping):
    """A dict wrapper (the real dict is `.data`) meant for subclassing."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(self.__class__, '__missing__', None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        result = self.__class__.__new__(self.__class__)
        result.__dict__.update(self.__dict__)
        result.__dict__['data'] = self.__dict__['data'].copy()
        return result

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            result = copy.copy(self)
        finally:
            self.data = data
        result.update(self)
        return result

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result


class UserList(_MutableSequence):
    """A list wrapper (the real list is `.data`) meant for subclassing."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _unwrap(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._unwrap(other)

    def __le__(self, other):
        return self.data <= self._unwrap(other)

    def __eq__(self, other):
        return self.data == self._unwrap(other)

    def __gt__(self, other):
        return self.data > self._unwrap(other)

    def __ge__(self, other):
        return self.data >= self._unwrap(other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        result = self.__class__.__new__(self.__class__)
        result.__dict__.update(self.__dict__)
        result.__dict__['data'] = self.__dict__['data'][:]
        return result

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(_Sequence):
    """A str wrapper (the real string is `.data`) meant for subclassing."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def _unwrap(self, other):
        return other.data if isinstance(other, UserString) else other

    def __eq__(self, string):
        return self.data == self._unwrap(string)

    def __lt__(self, string):
        return self.data < self._unwrap(string)

    def __le__(self, string):
        return self.data <= self._unwrap(string)

    def __gt__(self, string):
        return self.data > self._unwrap(string)

    def __ge__(self, string):
        return self.data >= self._unwrap(string)

    def __contains__(self, char):
        return self._unwrap(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=sys.maxsize):
        return self.data.count(self._unwrap(sub), start, end)

    def removeprefix(self, prefix, /):
        return self.__class__(self.data.removeprefix(self._unwrap(prefix)))

    def removesuffix(self, suffix, /):
        return self.__class__(self.data.removesuffix(self._unwrap(suffix)))

    def encode(self, encoding='utf-8', errors='strict'):
        encoding = 'utf-8' if encoding is None else encoding
        errors = 'strict' if errors is None else errors
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=sys.maxsize):
        return self.data.find(self._unwrap(sub), start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=sys.maxsize):
        return self.data.index(self._unwrap(sub), start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(self._unwrap(old), self._unwrap(new), maxsplit))

    def rfind(self, sub, start=0, end=sys.maxsize):
        return self.data.rfind(self._unwrap(sub), start, end)

    def rindex(self, sub, start=0, end=sys.maxsize):
        return self.data.rindex(self._unwrap(sub), start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))

"""itertools: iterator building blocks, written for Pyex from the documented behaviour. Each tool is
a class with __iter__/__next__ (so `type(count())` is `itertools.count` and reprs match CPython's
where it has one); the combinatoric tools produce CPython's exact order.
"""

import sys

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']

_MARKER = object()


def _as_index(value):
    """int(value) for ints and objects with __index__, else TypeError like CPython's."""
    if isinstance(value, int):
        return value
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


def _is_number(value):
    if isinstance(value, (int, float, complex)):
        return True
    kind = type(value)
    return (getattr(kind, '__index__', None) is not None or getattr(kind, '__float__', None) is not None
            or getattr(kind, '__add__', None) is not None and getattr(kind, '__int__', None) is not None)


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""
    __slots__ = ('_value', '_step')

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f'{type(self).__name__}({self._value!r})'
        return f'{type(self).__name__}({self._value!r}, {step!r})'

    def __reduce__(self):
        return (type(self), (self._value, self._step))


class cycle:
    """cycle(iterable): the items of iterable, then the saved items again, forever."""
    __slots__ = ('_source', '_saved', '_index', '_first_pass')

    def __init__(self, iterable, /):
        self._source = iter(iterable)
        self._saved = []
        self._index = 0
        self._first_pass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._first_pass:
            for value in self._source:
                self._saved.append(value)
                return value
            self._first_pass = False
        saved = self._saved
        if not saved:
            raise StopIteration
        value = saved[self._index]
        self._index += 1
        if self._index == len(saved):
            self._index = 0
        return value


class repeat:
    """repeat(object[, times]): object over and over, forever or `times` times."""
    __slots__ = ('_object', '_times')

    def __init__(self, *args, **kwargs):
        if len(args) + len(kwargs) == 0:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        if len(args) > 2:
            raise TypeError(f'repeat() takes at most 2 arguments ({len(args)} given)')
        obj = args[0] if args else kwargs.pop('object')
        times = args[1] if len(args) > 1 else kwargs.pop('times', None)
        for key in kwargs:
            raise TypeError(f"repeat() got an unexpected keyword argument '{key}'")
        self._object = obj
        if times is None:
            self._times = -1
        else:
            times = _as_index(times)
            self._times = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times == 0:
            raise StopIteration
        if times > 0:
            self._times = times - 1
        return self._object

    def __length_hint__(self):
        if self._times < 0:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times < 0:
            return f'{type(self).__name__}({self._object!r})'
        return f'{type(self).__name__}({self._object!r}, {self._times})'


class accumulate:
    """accumulate(iterable, func=None, *, initial=None): running totals (or running func)."""
    __slots__ = ('_source', '_func', '_total', '_pending_initial')

    def __init__(self, iterable, func=None, *, initial=None):
        self._source = iter(iterable)
        self._func = func
        self._total = _MARKER
        self._pending_initial = initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._pending_initial is not None:
            self._total = self._pending_initial
            self._pending_initial = None
            return self._total
        value = next(self._source)
        total = self._total
        if total is _MARKER:
            total = value
        elif self._func is None:
            total = total + value
        else:
            total = self._func(total, value)
        self._total = total
        return total


class chain:
    """chain(*iterables): the items of the first iterable, then of the second, ..."""
    __slots__ = ('_sources', '_current')

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._current = None

    @classmethod
    def from_iterable(cls, iterable):
        """chain.from_iterable(iterables): like chain(*iterables), reading iterables lazily."""
        result = cls.__new__(cls)
        result._sources = iter(iterable)
        result._current = None
        return result

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            current = self._current
            if current is None:
                if self._sources is None:
                    raise StopIteration
                try:
                    source = next(self._sources)
                except StopIteration:
                    self._sources = None
                    raise
                current = self._current = iter(source)
            for value in current:
                return value
            self._current = None

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class compress:
    """compress(data, selectors): the items of data whose selector is true."""
    __slots__ = ('_data', '_selectors')

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            value = next(data)
            if next(selectors):
                return value


class dropwhile:
    """dropwhile(predicate, iterable): skip items while predicate is true, then yield the rest."""
    __slots__ = ('_predicate', '_source', '_dropping')

    def __init__(self, predicate, iterable, /):
        self._predicate = predicate
        self._source = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._dropping:
            predicate = self._predicate
            for value in self._source:
                if not predicate(value):
                    self._dropping = False
                    return value
            raise StopIteration
        return next(self._source)


class takewhile:
    """takewhile(predicate, iterable): items while predicate is true."""
    __slots__ = ('_predicate', '_source', '_done')

    def __init__(self, predicate, iterable, /):
        self._predicate = predicate
        self._source = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        value = next(self._source)
        if self._predicate(value):
            return value
        self._done = True
        raise StopIteration


class filterfalse:
    """filterfalse(predicate, iterable): items for which predicate (bool if None) is false."""
    __slots__ = ('_predicate', '_source')

    def __init__(self, function, iterable, /):
        self._predicate = function
        self._source = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        predicate = self._predicate
        if predicate is None:
            for value in self._source:
                if not value:
                    return value
        else:
            for value in self._source:
                if not predicate(value):
                    return value
        raise StopIteration


class groupby:
    """groupby(iterable, key=None): (key, group) for runs of items with equal key. A group shares
    the underlying iterator: advancing groupby ends the previous group."""
    __slots__ = ('_source', '_keyfunc', '_target', '_current_key', '_current_value', '_grouper')

    def __init__(self, iterable, key=None):
        self._source = iter(iterable)
        self._keyfunc = key
        self._target = _MARKER
        self._current_key = _MARKER
        self._current_value = _MARKER
        self._grouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._source)
        self._current_key = value if self._keyfunc is None else self._keyfunc(value)
        self._current_value = value

    def __next__(self):
        self._grouper = None
        if self._current_value is _MARKER:
            self._step()
        target = self._target
        if target is not _MARKER:
            while True:
                current = self._current_key
                if not (current is target or current == target):
                    break
                self._step()
        self._target = self._current_key
        grouper = _grouper(self, self._target)
        self._grouper = grouper
        return (self._current_key, grouper)


class _grouper:
    """One group of a groupby; valid until the groupby advances."""
    __slots__ = ('_parent', '_key')

    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._grouper is not self:
            raise StopIteration
        if parent._current_value is _MARKER:
            parent._step()
        current = parent._current_key
        key = self._key
        if not (current is key or current == key):
            raise StopIteration
        value = parent._current_value
        parent._current_value = _MARKER
        return value


def _islice_bound(value, message):
    if value is None:
        return None
    try:
        value = _as_index(value)
    except TypeError:
        raise ValueError(message) from None
    if value < 0 or value > sys.maxsize:
        raise ValueError(message)
    return value


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): like sequence slicing for
    any iterable (no negative values). Consumes exactly as far as CPython's islice does."""
    __slots__ = ('_source', '_next', '_stop', '_step', '_count')

    def __init__(self, *args):
        if len(args) < 2:
            raise TypeError(f'islice expected at least 2 arguments, got {len(args)}')
        if len(args) > 4:
            raise TypeError(f'islice expected at most 4 arguments, got {len(args)}')
        start = 0
        step = 1
        stop_message = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        if len(args) == 2:
            stop = _islice_bound(args[1], stop_message)
        else:
            index_message = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
            stop = _islice_bound(args[2], stop_message)
            start = _islice_bound(args[1], index_message)
            if start is None:
                start = 0
            if len(args) == 4:
                step_message = 'Step for islice() must be a positive integer or None.'
                if args[3] is not None:
                    try:
                        step = _as_index(args[3])
                    except TypeError:
                        raise ValueError(step_message) from None
                    if step < 1:
                        raise ValueError(step_message)
        self._source = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._count = 0

    def __iter__(self):
        return self

    def __next__(self):
        source = self._source
        if source is None:
            raise StopIteration
        stop = self._stop
        while self._count < self._next:
            try:
                next(source)
            except StopIteration:
                self._source = None
                raise
            self._count += 1
        if stop is not None and self._count >= stop:
            self._source = None
            raise StopIteration
        try:
            value = next(source)
        except StopIteration:
            self._source = None
            raise
        self._count += 1
        following = self._next + self._step
        if stop is not None and following > stop:
            following = stop
        self._next = following
        return value


class pairwise:
    """pairwise(iterable): (s0, s1), (s1, s2), ..."""
    __slots__ = ('_source', '_previous')

    def __init__(self, iterable, /):
        self._source = iter(iterable)
        self._previous = _MARKER

    def __iter__(self):
        return self

    def __next__(self):
        source = self._source
        if source is None:
            raise StopIteration
        previous = self._previous
        if previous is _MARKER:
            try:
                previous = next(source)
            except StopIteration:
                self._source = None
                raise
        try:
            value = next(source)
        except StopIteration:
            self._source = None
            self._previous = _MARKER
            raise
        self._previous = value
        return (previous, value)


class starmap:
    """starmap(function, iterable): function(*args) for each args tuple of iterable."""
    __slots__ = ('_function', '_source')

    def __init__(self, function, iterable, /):
        self._function = function
        self._source = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return self._function(*next(self._source))


class _tee:
    """One of the iterators returned by tee(); the copies share a linked buffer of values."""
    __slots__ = ('_source', '_link', '__weakref__')

    def __init__(self, iterable):
        if isinstance(iterable, _tee):
            self._source = iterable._source
            self._link = iterable._link
        else:
            self._source = iter(iterable)
            self._link = [None, None]

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        following = link[1]
        if following is None:
            link[0] = next(self._source)
            following = link[1] = [None, None]
        self._link = following
        return link[0]

    def __copy__(self):
        return _tee(self)


def tee(iterable, n=2, /):
    """tee(iterable, n=2): n independent iterators over the same items."""
    n = _as_index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    source = iter(iterable)
    # An iterator that can copy itself (another tee) is used as is, like CPython does.
    copier = getattr(type(source), '__copy__', None)
    first = source if copier is not None else _tee(source)
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest:
    """zip_longest(*iterables, fillvalue=None): zip that runs to the longest input, filling gaps."""
    __slots__ = ('_sources', '_active', '_fill')

    def __init__(self, *iterables, fillvalue=None):
        self._sources = [iter(iterable) for iterable in iterables]
        self._active = len(self._sources)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        sources = self._sources
        if not sources or self._active == 0:
            raise StopIteration
        result = []
        for index in range(len(sources)):
            source = sources[index]
            if source is None:
                result.append(self._fill)
                continue
            try:
                result.append(next(source))
            except StopIteration:
                sources[index] = None
                self._active -= 1
                if self._active == 0:
                    raise
                result.append(self._fill)
        return tuple(result)


class product:
    """product(*iterables, repeat=1): the Cartesian product, rightmost element advancing fastest."""
    __slots__ = ('_pools', '_indices', '_done')

    def __init__(self, *iterables, repeat=1):
        repeat = _as_index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(iterable) for iterable in iterables] * repeat
        self._pools = pools
        self._indices = None
        self._done = False
        for pool in pools:
            if not pool:
                self._done = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        indices = self._indices
        if indices is None:
            self._indices = [0] * len(pools)
            return tuple([pool[0] for pool in pools])
        position = len(pools) - 1
        while position >= 0:
            indices[position] += 1
            if indices[position] < len(pools[position]):
                break
            indices[position] = 0
            position -= 1
        if position < 0:
            self._done = True
            raise StopIteration
        result = []
        for index in range(len(pools)):
            result.append(pools[index][indices[index]])
        return tuple(result)


def _check_r(r, name):
    r = _as_index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations:
    """permutations(iterable, r=None): r-length orderings of distinct positions, in lexicographic
    order of positions."""
    __slots__ = ('_pool', '_r', '_indices', '_done')

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        else:
            if not isinstance(r, int):
                raise TypeError('Expected int as r')
            if r < 0:
                raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = None
        self._done = r > len(pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        n = len(pool)
        indices = self._indices
        if indices is None:
            self._indices = list(range(r))
            return tuple(pool[:r])
        used = [False] * n
        for index in indices:
            used[index] = True
        position = r - 1
        while position >= 0:
            current = indices[position]
            used[current] = False
            candidate = current + 1
            while candidate < n and used[candidate]:
                candidate += 1
            if candidate < n:
                indices[position] = candidate
                used[candidate] = True
                fill = 0
                for slot in range(position + 1, r):
                    while used[fill]:
                        fill += 1
                    indices[slot] = fill
                    used[fill] = True
                break
            position -= 1
        if position < 0:
            self._done = True
            raise StopIteration
        return tuple([pool[index] for index in indices])


class combinations:
    """combinations(iterable, r): r-length subsequences in lexicographic order of positions."""
    __slots__ = ('_pool', '_r', '_indices', '_done')

    def __init__(self, *args, **kwargs):
        iterable, r = _combination_args('combinations', args, kwargs)
        pool = tuple(iterable)
        self._pool = pool
        self._r = _check_r(r, 'combinations')
        self._indices = None
        self._done = self._r > len(pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if indices is None:
            self._indices = list(range(r))
            return tuple(pool[:r])
        offset = len(pool) - r
        position = r - 1
        while position >= 0 and indices[position] == position + offset:
            position -= 1
        if position < 0:
            self._done = True
            raise StopIteration
        indices[position] += 1
        for slot in range(position + 1, r):
            indices[slot] = indices[slot - 1] + 1
        return tuple([pool[index] for index in indices])


class combinations_with_replacement:
    """combinations_with_replacement(iterable, r): r-length sorted selections allowing repeats."""
    __slots__ = ('_pool', '_r', '_indices', '_done')

    def __init__(self, *args, **kwargs):
        iterable, r = _combination_args('combinations_with_replacement', args, kwargs)
        pool = tuple(iterable)
        self._pool = pool
        self._r = _check_r(r, 'combinations_with_replacement')
        self._indices = None
        self._done = not pool and self._r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if indices is None:
            self._indices = [0] * r
            return tuple([pool[0]] * r) if r else ()
        last = len(pool) - 1
        position = r - 1
        while position >= 0 and indices[position] == last:
            position -= 1
        if position < 0:
            self._done = True
            raise StopIteration
        value = indices[position] + 1
        for slot in range(position, r):
            indices[slot] = value
        return tuple([pool[index] for index in indices])


def _combination_args(name, args, kwargs):
    names = ('iterable', 'r')
    values = list(args)
    if len(values) > 2:
        raise TypeError(f'{name}() takes at most 2 arguments ({len(values)} given)')
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError(f"{name}() got an unexpected keyword argument '{key}'")
        position = names.index(key)
        if position < len(values):
            raise TypeError(f"argument for {name}() given by name ('{key}') and position ({position + 1})")
        while len(values) <= position:
            values.append(_MARKER)
        values[position] = value
    for position in range(2):
        if position >= len(values) or values[position] is _MARKER:
            raise TypeError(f"{name}() missing required argument '{names[position]}' (pos {position + 1})")
    return values[0], values[1]

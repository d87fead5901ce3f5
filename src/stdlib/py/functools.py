"""functools: higher-order functions (reduce, partial, lru_cache, cache, cached_property, wraps,
total_ordering, cmp_to_key, singledispatch), written for Pyex from the documented behaviour.
lru_cache returns a plain function (with cache_info/cache_clear attached) so that it binds as a
method and costs one extra call, not a call through __call__.
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering',
           'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial', 'partialmethod',
           'singledispatch', 'singledispatchmethod', 'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_MISSING = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make `wrapper` look like `wrapped`: copy its name, doc, ... and set __wrapped__."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper: `@wraps(func)` on the wrapper function."""
    def decorate(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorate


# --- reduce -------------------------------------------------------------------------------------

def reduce(*args):
    """reduce(function, iterable[, initial]): fold the items of iterable from the left."""
    if len(args) < 2:
        raise TypeError(f'reduce expected at least 2 arguments, got {len(args)}')
    if len(args) > 3:
        raise TypeError(f'reduce expected at most 3 arguments, got {len(args)}')
    function = args[0]
    try:
        iterator = iter(args[1])
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if len(args) == 3:
        value = args[2]
    else:
        value = _MISSING
        for value in iterator:
            break
        if value is _MISSING:
            raise TypeError('reduce() of empty iterable with no initial value')
    for element in iterator:
        value = function(value, element)
    return value


# --- total_ordering -----------------------------------------------------------------------------

def _gt_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _le_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _ge_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _ge_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _lt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _gt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _lt_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _ge_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _le_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _le_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _gt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _lt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result


_DERIVED = {
    '__lt__': (('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)),
    '__le__': (('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)),
    '__gt__': (('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)),
    '__ge__': (('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)),
}


def total_ordering(cls):
    """Class decorator: define the missing rich comparisons from one of < <= > >= and ==."""
    roots = []
    for op in ('__lt__', '__le__', '__gt__', '__ge__'):
        if getattr(cls, op, None) is not getattr(object, op, None):
            roots.append(op)
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for opname, function in _DERIVED[root]:
        if opname not in roots:
            def method(self, other, _function=function):
                return _function(self, other)
            method.__name__ = opname
            method.__qualname__ = f'{cls.__qualname__}.{opname}'
            method.__doc__ = getattr(int, opname).__doc__
            setattr(cls, opname, method)
    return cls


# --- cmp_to_key ---------------------------------------------------------------------------------

def cmp_to_key(mycmp):
    """Turn an old-style cmp(a, b) function (negative / zero / positive) into a key= function."""
    class KeyWrapper:
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        def __hash__(self):
            raise TypeError("unhashable type: 'functools.KeyWrapper'")

    KeyWrapper.__module__ = 'functools'
    return KeyWrapper


# --- partial ------------------------------------------------------------------------------------

class _ReadOnly:
    """A read-only attribute backed by a private slot (`partial.func` and friends)."""

    def __init__(self, slot):
        self._slot = slot

    def __set_name__(self, owner, name):
        self._name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return getattr(instance, self._slot)

    def __set__(self, instance, value):
        raise AttributeError('readonly attribute')


class partial:
    """partial(func, *args, **keywords): a callable that calls func with these arguments first."""
    __slots__ = ('_func', '_args', '_keywords', '__dict__', '__weakref__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # Partials of partials flatten (CPython does so for any type that calls like partial).
        if isinstance(func, partial) and type(func).__call__ is partial.__call__ and not func.__dict__:
            args = func._args + args
            merged = dict(func._keywords)
            merged.update(keywords)
            keywords = merged
            func = func._func
        self = object.__new__(cls)
        self._func = func
        self._args = tuple(args)
        self._keywords = keywords
        return self

    func = _ReadOnly('_func')
    args = _ReadOnly('_args')
    keywords = _ReadOnly('_keywords')

    def __call__(self, /, *args, **keywords):
        if self._keywords:
            if keywords:
                merged = dict(self._keywords)
                merged.update(keywords)
                keywords = merged
            else:
                keywords = self._keywords
        return self._func(*self._args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self._func)]
        for value in self._args:
            parts.append(repr(value))
        for key, value in self._keywords.items():
            parts.append(f'{key}={value!r}')
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        return f'{name}({", ".join(parts)})'

    def __reduce__(self):
        return (type(self), (self._func,), (self._func, self._args, self._keywords or None,
                                            self.__dict__ or None))

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class partialmethod:
    """Like partial, for use as a method: the instance (or class) is passed first."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        for value in self.args:
            parts.append(repr(value))
        for key, value in self.keywords.items():
            parts.append(f'{key}={value!r}')
        return f'{type(self).__module__}.{type(self).__qualname__}({", ".join(parts)})'

    def __get__(self, obj, cls=None):
        func = self.func
        if isinstance(func, (staticmethod, classmethod)) or not hasattr(func, '__get__'):
            target = func.__get__(obj, cls) if hasattr(func, '__get__') else func
            result = partial(target, *self.args, **self.keywords)
            try:
                result.__self__ = target.__self__
            except AttributeError:
                pass
            return result
        args = self.args
        keywords = self.keywords

        def method(cls_or_self, /, *more, **extra):
            return func(cls_or_self, *args, *more, **{**keywords, **extra})

        method.__isabstractmethod__ = self.__isabstractmethod__
        method._partialmethod = self
        return method.__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# --- lru_cache and cache ------------------------------------------------------------------------

_cache_info_type = None


def _CacheInfo(hits, misses, maxsize, currsize):
    """CacheInfo(hits=..., misses=..., maxsize=..., currsize=...): the named tuple is made on
    first use, so importing functools does not import collections."""
    global _cache_info_type
    if _cache_info_type is None:
        from collections import namedtuple
        _cache_info_type = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
        _cache_info_type.__module__ = 'functools'
    return _cache_info_type(hits, misses, maxsize, currsize)


_KWD_MARK = (object(),)
_FAST_TYPES = (int, str)


def _make_key(args, kwds, typed):
    """The cache key of one call (the same equality classes as CPython's keys)."""
    key = args
    if kwds:
        key = key + _KWD_MARK
        for item in kwds.items():
            key = key + item
    if typed:
        key = key + tuple([type(value) for value in args])
        if kwds:
            key = key + tuple([type(value) for value in kwds.values()])
    elif len(key) == 1 and type(key[0]) in _FAST_TYPES:
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """Decorator: memoize a function's results, keeping the `maxsize` most recently used
    (unbounded if None). The wrapper has cache_info(), cache_clear() and cache_parameters()."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]  # hits, misses
    missing = _MISSING

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            if not kwds and not typed and len(args) == 1 and type(args[0]) in _FAST_TYPES:
                key = args[0]
            else:
                key = _make_key(args, kwds, typed)
            result = cache.get(key, missing)
            if result is not missing:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.pop(key, missing)
            if result is not missing:
                cache[key] = result  # now the most recently used
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # A recursive call cached this key meanwhile; keep its entry.
                return result
            if len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
            return result

    def cache_info():
        """Report cache statistics."""
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics."""
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    """Simple lightweight unbounded cache (lru_cache(maxsize=None))."""
    return lru_cache(maxsize=None)(user_function)


# --- cached_property ----------------------------------------------------------------------------

class cached_property:
    """A property computed once per instance, then stored in the instance __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} instance to "
                            f'cache {self.attrname!r} property.') from None
        value = cache.get(self.attrname, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            try:
                cache[self.attrname] = value
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                                f'does not support item assignment for caching {self.attrname!r} '
                                'property.') from None
        return value

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


# --- singledispatch -----------------------------------------------------------------------------

def _is_class(obj):
    return isinstance(obj, type)


def _union_members(annotation):
    """The classes of an `int | str` (or typing.Union) annotation, else None."""
    args = getattr(annotation, '__args__', None)
    if args is None or isinstance(annotation, type):
        return None
    if type(annotation) is type(int | str) or getattr(annotation, '__origin__', None) is _typing_union():
        return args
    return None


def _typing_union():
    import sys
    typing = sys.modules.get('typing')
    return getattr(typing, 'Union', None) if typing is not None else None


def _find_impl(cls, registry):
    """The implementation registered for the most specific class in cls's MRO (ABCs included)."""
    mro = cls.__mro__
    for base in mro:
        if base is object:
            break
        if base in registry:
            return registry[base]
    best = None
    for registered in registry:
        if registered is object or registered in mro:
            continue
        if issubclass(cls, registered):
            if best is None or issubclass(registered, best):
                best = registered
    if best is not None:
        return registry[best]
    return registry.get(object)


def singledispatch(func):
    """Turn func into a generic function dispatching on the class of its first argument; add
    implementations with `@fn.register` (by annotation) or `@fn.register(cls)`."""
    registry = {object: func}
    dispatch_cache = {}

    def dispatch(cls):
        impl = dispatch_cache.get(cls)
        if impl is None:
            impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        if _is_class(cls) or _union_members(cls) is not None:
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f'Invalid first argument to `register()`. {cls!r} is not a class '
                                'or union type.')
            annotations = getattr(cls, '__annotations__', None)
            if not annotations:
                raise TypeError(f'Invalid first argument to `register()`: {cls!r}. Use either '
                                '`@register(some_class)` or plain `@register` on an annotated '
                                'function.')
            func = cls
            argname = None
            for name, annotation in annotations.items():
                if name != 'return':
                    argname, cls = name, annotation
                    break
            if isinstance(cls, str):
                namespace = getattr(func, '__globals__', {})
                import builtins
                cls = namespace.get(cls, getattr(builtins, cls, cls))
            if not _is_class(cls) and _union_members(cls) is None:
                raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} is not a class.')
        members = _union_members(cls)
        if members is not None:
            for member in members:
                registry[member] = func
        else:
            registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self/cls."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher
        func = self.func

        def method(*args, **kwargs):
            return dispatcher.dispatch(args[0].__class__).__get__(obj, cls)(*args, **kwargs)

        method.__isabstractmethod__ = self.__isabstractmethod__
        method.register = self.register
        update_wrapper(method, func)
        return method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

"""weakref: weak references for a sandbox without a cycle collector, written for Pyex. Pyex frees
nothing while a program runs, so a weak reference never dies before the program ends: ref() always
returns its object, callbacks and finalizers run only when called explicitly, and the Weak*
containers keep their items. Objects CPython cannot weakly reference (int, str, tuple, list, dict,
plain object(), …) raise the same TypeError.
"""

from collections.abc import MutableMapping as _MutableMapping, MutableSet as _MutableSet

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'ProxyType', 'CallableProxyType', 'ProxyTypes',
           'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']

_NOT_WEAKREFABLE = (int, float, complex, str, bytes, bytearray, tuple, list, dict, type(None),
                    range, slice, type(Ellipsis), type(NotImplemented))

_refs = {}


def _check(obj):
    tp = type(obj)
    if tp is object or isinstance(obj, _NOT_WEAKREFABLE) and tp in _NOT_WEAKREFABLE or \
            tp is bool:
        raise TypeError(f"cannot create weak reference to '{tp.__name__}' object")
    slots = None
    for klass in tp.__mro__:
        if '__slots__' in klass.__dict__:
            slots = klass.__dict__['__slots__']
            names = (slots,) if isinstance(slots, str) else tuple(slots)
            if '__weakref__' in names or '__dict__' in names:
                return
        elif klass is not object and '__dict__' in klass.__dict__:
            return
    if slots is not None:
        raise TypeError(f"cannot create weak reference to '{tp.__name__}' object")


class ReferenceType:
    """A weak reference to an object: calling it returns the object (always alive in Pyex)."""

    __slots__ = ('_referent', '__callback__', '__weakref__')

    def __new__(cls, obj, callback=None, /):
        _check(obj)
        if callback is None and cls is ReferenceType:
            existing = _refs.get(id(obj))
            if existing is not None and existing._referent is obj:
                return existing
        self = object.__new__(cls)
        object.__setattr__(self, '_referent', obj)
        object.__setattr__(self, '__callback__', callback)
        if callback is None and cls is ReferenceType:
            _refs[id(obj)] = self
        return self

    def __init__(self, obj, callback=None, /):
        pass

    def __call__(self):
        return self._referent

    def __hash__(self):
        return hash(self._referent)

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._referent == other._referent

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._referent != other._referent

    def __repr__(self):
        obj = self._referent
        name = getattr(type(obj), '__name__', '?')
        return f'<weakref at {hex(id(self))}; to {name!r} at {hex(id(obj))}>'

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


ReferenceType.__name__ = 'ReferenceType'
ReferenceType.__qualname__ = 'ReferenceType'
ref = ReferenceType


class ProxyType:
    """A proxy forwarding attribute access and operators to its referent."""

    __slots__ = ('_proxy_referent', '_proxy_callback')

    def __init__(self, obj, callback=None):
        _check(obj)
        object.__setattr__(self, '_proxy_referent', obj)
        object.__setattr__(self, '_proxy_callback', callback)

    def __getattribute__(self, name):
        return getattr(object.__getattribute__(self, '_proxy_referent'), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, '_proxy_referent'), name, value)

    def __delattr__(self, name):
        delattr(object.__getattribute__(self, '_proxy_referent'), name)

    def __repr__(self):
        obj = object.__getattribute__(self, '_proxy_referent')
        return f'<weakproxy at {hex(id(self))}; to {type(obj).__name__!r} at {hex(id(obj))}>'

    def __str__(self):
        return str(object.__getattribute__(self, '_proxy_referent'))

    def __bool__(self):
        return bool(object.__getattribute__(self, '_proxy_referent'))

    def __len__(self):
        return len(object.__getattribute__(self, '_proxy_referent'))

    def __iter__(self):
        return iter(object.__getattribute__(self, '_proxy_referent'))

    def __getitem__(self, key):
        return object.__getattribute__(self, '_proxy_referent')[key]

    def __setitem__(self, key, value):
        object.__getattribute__(self, '_proxy_referent')[key] = value

    def __delitem__(self, key):
        del object.__getattribute__(self, '_proxy_referent')[key]

    def __contains__(self, item):
        return item in object.__getattribute__(self, '_proxy_referent')

    def __eq__(self, other):
        return object.__getattribute__(self, '_proxy_referent') == other

    def __ne__(self, other):
        return object.__getattribute__(self, '_proxy_referent') != other

    def __lt__(self, other):
        return object.__getattribute__(self, '_proxy_referent') < other

    def __le__(self, other):
        return object.__getattribute__(self, '_proxy_referent') <= other

    def __gt__(self, other):
        return object.__getattribute__(self, '_proxy_referent') > other

    def __ge__(self, other):
        return object.__getattribute__(self, '_proxy_referent') >= other

    def __add__(self, other):
        return object.__getattribute__(self, '_proxy_referent') + other

    def __sub__(self, other):
        return object.__getattribute__(self, '_proxy_referent') - other

    def __mul__(self, other):
        return object.__getattribute__(self, '_proxy_referent') * other

    def __hash__(self):
        raise TypeError(f"unhashable type: 'weakref.{type(self).__name__}'")


class CallableProxyType(ProxyType):
    """A proxy to a callable object."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return object.__getattribute__(self, '_proxy_referent')(*args, **kwargs)


ProxyType.__name__ = 'ProxyType'
CallableProxyType.__name__ = 'CallableProxyType'
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None, /):
    """A proxy to `obj` that forwards attribute access and operations."""
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


def getweakrefcount(obj, /):
    """The number of weak references to obj (plain refs made by ref(obj) are shared)."""
    existing = _refs.get(id(obj))
    return 1 if existing is not None and existing._referent is obj else 0


def getweakrefs(obj, /):
    """The weak references to obj that Pyex tracks."""
    existing = _refs.get(id(obj))
    return [existing] if existing is not None and existing._referent is obj else []


class WeakMethod(ReferenceType):
    """A weak reference to a bound method: calling it rebuilds the method."""

    __slots__ = ('_func_ref', '_meth_type')

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not {}'.format(
                type(meth))) from None
        self = ReferenceType.__new__(cls, obj, callback)
        object.__setattr__(self, '_func_ref', func)
        object.__setattr__(self, '_meth_type', type(meth))
        return self

    def __call__(self):
        return self._meth_type(self._func_ref, self._referent)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            return self._referent is other._referent and self._func_ref == other._func_ref
        return NotImplemented

    def __hash__(self):
        return hash((id(self._referent), self._func_ref))


class WeakValueDictionary(_MutableMapping):
    """A mapping whose values are weakly referenced (never collected in Pyex)."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        _check(value)
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def copy(self):
        return type(self)(self.data)

    __copy__ = copy

    def itervaluerefs(self):
        for value in list(self.data.values()):
            yield ref(value)

    def valuerefs(self):
        return [ref(value) for value in self.data.values()]


class WeakKeyDictionary(_MutableMapping):
    """A mapping whose keys are weakly referenced (never collected in Pyex)."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        _check(key)
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        try:
            return key in self.data
        except TypeError:
            return False

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def copy(self):
        return type(self)(self.data)

    __copy__ = copy

    def keyrefs(self):
        return [ref(key) for key in self.data]


class WeakSet(_MutableSet):
    """A set of weakly referenced objects (never collected in Pyex)."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            return item in self.data
        except TypeError:
            return False

    def add(self, item):
        _check(item)
        self.data.add(item)

    def discard(self, item):
        self.data.discard(item)

    def remove(self, item):
        self.data.remove(item)

    def pop(self):
        return self.data.pop()

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def update(self, other):
        for element in other:
            self.add(element)

    def __repr__(self):
        return '{}({!r})'.format(self.__class__.__name__, self.data)


class finalize:
    """A finalizer: calling it (or detach) runs the callback at most once. Pyex never collects
    objects during a run, so it is not called automatically."""

    _registry = {}

    def __init__(self, obj, func, /, *args, **kwargs):
        _check(obj)
        self._key = object()
        self._obj = obj
        self._func = func
        self._args = args
        self._kwargs = kwargs or {}
        self._alive = True
        self.atexit = True

    def __call__(self, _=None):
        if self._alive:
            self._alive = False
            return self._func(*self._args, **self._kwargs)

    def detach(self):
        if self._alive:
            self._alive = False
            return (self._obj, self._func, self._args, self._kwargs)

    def peek(self):
        if self._alive:
            return (self._obj, self._func, self._args, self._kwargs)

    @property
    def alive(self):
        return self._alive

    def __repr__(self):
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self),
                                                       type(self._obj).__name__, id(self._obj))

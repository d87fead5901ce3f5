"""copy: shallow and deep copies, written for Pyex from the documented behaviour.

Order of preference for an object of class C: immutable/atomic types are returned as they are;
built-in containers are copied directly; C.__copy__ / C.__deepcopy__(memo) when defined; a
__reduce_ex__/__reduce__ that C itself defines (CPython's reconstruction rules); otherwise a plain
instance is rebuilt as C.__new__(C) (with __getnewargs__ if any) plus its __dict__ and slots,
using __getstate__/__setstate__ when the class defines them.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error  # backward-compatible alias


def _collect_atomic():
    kinds = [type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, str,
             bytes, type, range, type(len), type(_collect_atomic), property]
    try:
        kinds.append(type(_collect_atomic.__code__))
    except AttributeError:
        pass
    return frozenset(kinds)


# Returned as is by both copy and deepcopy.
_ATOMIC = _collect_atomic()
# Also returned as is by copy() (their items are not copied by a shallow copy anyway).
_SHALLOW_IMMUTABLE = _ATOMIC | frozenset([tuple, frozenset, slice])


class _Probe:
    def method(self):
        pass


_MethodType = type(_Probe().method)


def _own_reduce(cls):
    """The reduce hook C defines itself (not object's default), or None."""
    for base in cls.__mro__:
        if base is object:
            return None
        namespace = base.__dict__
        if '__reduce_ex__' in namespace:
            return '__reduce_ex__'
        if '__reduce__' in namespace:
            return '__reduce__'
    return None


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _SHALLOW_IMMUTABLE:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if cls is _MethodType:
        return x
    hook = _own_reduce(cls)
    if hook is not None:
        rv = x.__reduce_ex__(4) if hook == '__reduce_ex__' else x.__reduce__()
        if isinstance(rv, str):
            return x
        return _reconstruct(x, None, *rv)
    return _rebuild(x, cls, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) to its copy (shared and cyclic references stay
    shared and cyclic in the copy)."""
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[key] = y
        append = y.append
        for item in x:
            append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[key] = y
        for item_key, value in x.items():
            y[deepcopy(item_key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple reachable from itself may have been copied while copying its items.
        found = memo.get(key, _nil)
        if found is not _nil:
            return found
        changed = False
        for index in range(len(x)):
            if items[index] is not x[index]:
                changed = True
                break
        y = tuple(items) if changed else x
    elif cls is set or cls is frozenset:
        y = cls([deepcopy(item, memo) for item in x])
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is _MethodType:
        owner = deepcopy(x.__self__, memo)
        y = x.__func__.__get__(owner, type(owner))
    else:
        copier = getattr(cls, '__deepcopy__', None)
        if copier is not None:
            y = copier(x, memo)
        else:
            hook = _own_reduce(cls)
            if hook is not None:
                rv = x.__reduce_ex__(4) if hook == '__reduce_ex__' else x.__reduce__()
                if isinstance(rv, str):
                    return x
                y = _reconstruct(x, memo, *rv)
            else:
                y = _rebuild(x, cls, memo)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keep originals alive while the memo lives, so their ids are not reused meanwhile."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _slot_names(cls):
    names = []
    for base in cls.__mro__:
        slots = base.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = f'_{base.__name__.lstrip("_")}{name}'
            if name not in names:
                names.append(name)
    return names


def _default_state(x, cls):
    """What object.__getstate__ returns: the __dict__, or (dict-or-None, slots) with slots."""
    instance_dict = getattr(x, '__dict__', None)
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (instance_dict if instance_dict else None, slots)
    return instance_dict if instance_dict else None


def _rebuild(x, cls, memo):
    """Copy an object that has no copy hooks: a new instance with the same (copied) state."""
    deep = memo is not None
    newargs = getattr(cls, '__getnewargs__', None)
    args = None
    if newargs is not None:
        args = newargs(x)
    else:
        # Subclasses of immutable built-ins are rebuilt from their value.
        for base in (tuple, frozenset, str, bytes, int, float, complex):
            if isinstance(x, base):
                args = (base(x),)
                break
    if args is not None:
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    else:
        try:
            y = cls.__new__(cls)
        except TypeError:
            raise TypeError(f'cannot pickle {cls.__name__!r} object') from None
    if deep:
        memo[id(x)] = y
    getstate = None
    for base in cls.__mro__:
        if base is object:
            break
        if '__getstate__' in base.__dict__:
            getstate = base.__dict__['__getstate__']
            break
    state = getstate(x) if getstate is not None else _default_state(x, cls)
    if isinstance(x, list):
        if deep:
            for item in x:
                y.append(deepcopy(item, memo))
        else:
            y.extend(x)
    elif isinstance(x, dict):
        if deep:
            for item_key, value in x.items():
                y[deepcopy(item_key, memo)] = deepcopy(value, memo)
        else:
            for item_key, value in x.items():
                y[item_key] = value
    elif isinstance(x, set):
        for item in x:
            y.add(deepcopy(item, memo) if deep else item)
    if state:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    return y


def _set_state(y, state):
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slot_state = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slot_state = state
    if state:
        y.__dict__.update(state)
    if slot_state:
        for name, value in slot_state.items():
            setattr(y, name, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, state_setter=None):
    """Rebuild from a __reduce_ex__ tuple (callable, args, state, list items, dict items, setter)."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if state_setter is not None:
            state_setter(y, state)
        else:
            _set_state(y, state)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for item_key, value in dictiter:
                y[deepcopy(item_key, memo)] = deepcopy(value, memo)
        else:
            for item_key, value in dictiter:
                y[item_key] = value
    return y

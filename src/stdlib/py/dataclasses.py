"""dataclasses: the @dataclass decorator and its helpers (field, fields, asdict, astuple, replace,
make_dataclass, InitVar, KW_ONLY), written for Pyex from the documented behaviour. The generated
methods are closures over the field list, never exec'd source; __init__ takes *args/**kwargs and
binds them with CPython's error messages.
"""

import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

def _mapping_proxy_type():
    """types.MappingProxyType when the interpreter lets it be built, else dict."""
    kind = type(type.__dict__)
    try:
        kind({})
    except TypeError:
        return dict
    return kind


_MappingProxy = _mapping_proxy_type()
_EMPTY_METADATA = _MappingProxy({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """A pseudo-field passed to __init__ and __post_init__ but not stored: InitVar[int]."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass (what fields() returns)."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare',
                 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = _MappingProxy(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (f'Field(name={self.name!r},type={self.type!r},default={self.default!r},'
                f'default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},'
                f'hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},_field_type={self._field_type})')

    def __set_name__(self, owner, name):
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return (f'_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},'
                f'order={self.order!r},unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe one field: a default or default_factory, and whether it takes part in __init__,
    repr, comparisons and hashing."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# --- recognising ClassVar, InitVar and KW_ONLY annotations --------------------------------------

def _annotation_head(text):
    """'typing.ClassVar[int]' -> ('typing', 'ClassVar'); 'ClassVar' -> (None, 'ClassVar')."""
    text = text.strip()
    end = 0
    while end < len(text) and (text[end].isalnum() or text[end] in '_.'):
        end += 1
    head = text[:end]
    if '.' in head:
        module, _, name = head.rpartition('.')
        return module, name
    return None, head


def _is_classvar(a_type, typing):
    if typing is None:
        return False
    return (a_type is typing.ClassVar
            or (getattr(a_type, '__origin__', None) is typing.ClassVar))


def _string_names(annotation, cls, name, module_object):
    """Whether a string annotation names `module_object.name` (as ClassVar/InitVar/KW_ONLY)."""
    module, head = _annotation_head(annotation)
    if head != name:
        return False
    namespace = getattr(sys.modules.get(cls.__module__), '__dict__', {})
    if module is None:
        return namespace.get(head) is getattr(module_object, name, None) or head == name
    return namespace.get(module) is module_object


def _is_kw_only(a_type, cls):
    if a_type is KW_ONLY:
        return True
    if isinstance(a_type, str):
        return _string_names(a_type, cls, 'KW_ONLY', sys.modules[__name__])
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if type(default).__name__ == 'member_descriptor':
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    typing = sys.modules.get('typing')
    if _is_classvar(a_type, typing) or (
            isinstance(a_type, str) and typing is not None
            and _string_names(a_type, cls, 'ClassVar', typing)):
        f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        if a_type is InitVar or isinstance(a_type, InitVar) or (
                isinstance(a_type, str) and _string_names(a_type, cls, 'InitVar', sys.modules[__name__])):
            f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and getattr(type(f.default), '__hash__', 0) is None:
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not allowed: '
                         'use default_factory')
    return f


def _set_new_attribute(cls, name, value):
    """Set cls.name = value unless the class body defined it; True if it was already there."""
    if name in cls.__dict__:
        return True
    if callable(value) and hasattr(value, '__qualname__'):
        try:
            value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
        except (AttributeError, TypeError):
            pass
    setattr(cls, name, value)
    return False


# --- the generated methods ----------------------------------------------------------------------

def _make_init(cls, fields, std_fields, kw_fields, frozen, has_post_init):
    from _pyex_signature import bind
    qualname = f'{cls.__qualname__}.__init__'
    positional = tuple([f.name for f in std_fields])
    keyword = tuple([f.name for f in kw_fields])
    defaults = {}
    kw_defaults = {}
    for f in std_fields:
        if f.default_factory is not MISSING:
            defaults[f.name] = _HAS_DEFAULT_FACTORY
        elif f.default is not MISSING:
            defaults[f.name] = f.default
    for f in kw_fields:
        if f.default_factory is not MISSING:
            kw_defaults[f.name] = _HAS_DEFAULT_FACTORY
        elif f.default is not MISSING:
            kw_defaults[f.name] = f.default
    init_names = positional + keyword
    position_of = {name: index for index, name in enumerate(init_names)}
    # What __init__ stores, in field order: (name, argument index or -1, default, factory)
    plan = []
    initvar_positions = []
    for f in fields:
        if f._field_type is _FIELD_INITVAR:
            initvar_positions.append(position_of[f.name])
            continue
        if f._field_type is not _FIELD:
            continue
        factory = f.default_factory if f.default_factory is not MISSING else None
        if f.init:
            plan.append((f.name, position_of[f.name], None, factory))
        elif factory is not None:
            plan.append((f.name, -1, None, factory))
        elif f.default is not MISSING:
            plan.append((f.name, -1, f.default, None))
    plan = tuple(plan)
    count = len(positional)
    all_positional = not keyword
    store = object.__setattr__ if frozen else setattr
    marker = _HAS_DEFAULT_FACTORY

    def __init__(self, *args, **kwargs):
        if kwargs or len(args) != count or not all_positional:
            args = bind(qualname, positional, defaults, keyword, kw_defaults, args, kwargs, skip=1)
        for name, index, default, factory in plan:
            if index >= 0:
                value = args[index]
                if value is marker:
                    value = factory()
            elif factory is not None:
                value = factory()
            else:
                value = default
            store(self, name, value)
        if has_post_init:
            self.__post_init__(*[args[index] for index in initvar_positions])

    __init__.__qualname__ = qualname
    return __init__


_repr_running = set()


def _make_repr(names):
    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [f'{name}={getattr(self, name)!r}' for name in names]
        finally:
            _repr_running.discard(key)
        return f'{self.__class__.__qualname__}({", ".join(parts)})'
    # pprint lays out dataclasses whose repr is this generated one.
    __repr__.__pyex_dataclass_repr__ = True
    return __repr__


def _make_eq(names):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            for name in names:
                mine = getattr(self, name)
                theirs = getattr(other, name)
                if mine is theirs:
                    continue
                if not mine == theirs:
                    return False
            return True
        return NotImplemented
    return __eq__


def _make_order(names, op):
    def as_tuple(obj):
        return tuple([getattr(obj, name) for name in names])

    if op == '__lt__':
        def method(self, other):
            if other.__class__ is self.__class__:
                return as_tuple(self) < as_tuple(other)
            return NotImplemented
    elif op == '__le__':
        def method(self, other):
            if other.__class__ is self.__class__:
                return as_tuple(self) <= as_tuple(other)
            return NotImplemented
    elif op == '__gt__':
        def method(self, other):
            if other.__class__ is self.__class__:
                return as_tuple(self) > as_tuple(other)
            return NotImplemented
    else:
        def method(self, other):
            if other.__class__ is self.__class__:
                return as_tuple(self) >= as_tuple(other)
            return NotImplemented
    method.__name__ = op
    return method


def _make_hash(names):
    def __hash__(self):
        return hash(tuple([getattr(self, name) for name in names]))
    return __hash__


def _make_frozen(cls, names):
    field_names = frozenset(names)

    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _format_annotation(annotation, base_module):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type(list[int])):
        return repr(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _signature_text(cls, std_fields, kw_fields):
    """What str(inspect.signature(cls)) gives for the generated __init__, without ' -> None'."""
    parts = []
    module = cls.__module__

    def one(f):
        text = f'{f.name}: {_format_annotation(f.type, module)}'
        if f.default_factory is not MISSING:
            text += ' = <factory>'
        elif f.default is not MISSING:
            text += f' = {f.default!r}'
        return text

    for f in std_fields:
        parts.append(one(f))
    if kw_fields:
        parts.append('*')
        for f in kw_fields:
            parts.append(one(f))
    return f'({", ".join(parts)})'


# --- the decorator ------------------------------------------------------------------------------

_HASH_ACTIONS = {
    # (unsafe_hash, eq, frozen, has_explicit_hash): what to do with __hash__
    (False, False, False, False): None,
    (False, False, False, True): None,
    (False, False, True, False): None,
    (False, False, True, True): None,
    (False, True, False, False): 'none',
    (False, True, False, True): None,
    (False, True, True, False): 'add',
    (False, True, True, True): None,
    (True, False, False, False): 'add',
    (True, False, False, True): 'error',
    (True, False, True, False): 'add',
    (True, False, True, True): 'error',
    (True, True, False, False): 'add',
    (True, True, False, True): 'error',
    (True, True, True, False): 'add',
    (True, True, True, True): 'error',
}


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                   weakref_slot):
    fields = {}
    any_frozen_base = False
    all_frozen_bases = None
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if all_frozen_bases is None:
                all_frozen_bases = True
            current_frozen = getattr(base, _PARAMS).frozen
            all_frozen_bases = all_frozen_bases and current_frozen
            any_frozen_base = any_frozen_base or current_frozen

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_seen = False
    for name, a_type in cls_annotations.items():
        if _is_kw_only(a_type, cls):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if all_frozen_bases is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.kw_only]
    field_list = list(fields.values())

    if init:
        seen_default = False
        for f in std_init_fields:
            if f.init:
                if not (f.default is MISSING and f.default_factory is MISSING):
                    seen_default = True
                elif seen_default:
                    raise TypeError(f'non-default argument {f.name!r} follows default argument')
        std_params = [f for f in std_init_fields if f.init]
        kw_params = [f for f in kw_only_init_fields if f.init]
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _make_init(cls, field_list, std_params, kw_params, frozen, has_post_init))

    stored = [f for f in field_list if f._field_type is _FIELD]
    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(tuple([f.name for f in stored if f.repr])))
    compare_names = tuple([f.name for f in stored if f.compare])
    if eq:
        _set_new_attribute(cls, '__eq__', _make_eq(compare_names))
    if order:
        for op in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _set_new_attribute(cls, op, _make_order(compare_names, op)):
                raise TypeError(f'Cannot overwrite attribute {op} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        setter, deleter = _make_frozen(cls, [f.name for f in stored])
        for name, method in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new_attribute(cls, name, method):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')

    action = _HASH_ACTIONS[(bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash)]
    if action == 'none':
        cls.__hash__ = None
    elif action == 'add':
        hash_names = tuple([f.name for f in stored
                            if (f.compare if f.hash is None else f.hash)])
        hasher = _make_hash(hash_names)
        hasher.__qualname__ = f'{cls.__qualname__}.__hash__'
        cls.__hash__ = hasher
    elif action == 'error':
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')

    if not getattr(cls, '__doc__'):
        try:
            text = _signature_text(cls, [f for f in std_init_fields if f.init],
                                   [f for f in kw_only_init_fields if f.init])
        except (TypeError, ValueError):
            text = ''
        cls.__doc__ = cls.__name__ + text

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple([f.name for f in std_init_fields]))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    try:
        import abc
        abc.update_abstractmethods(cls)
    except ImportError:
        pass
    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    """Rebuild cls with __slots__ for its fields (a class cannot gain slots after creation)."""
    cls_dict = dict(cls.__dict__)
    field_names = tuple([f.name for f in getattr(cls, _FIELDS).values() if f._field_type is _FIELD])
    inherited = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        inherited.update(slots)
    new_slots = [name for name in field_names if name not in inherited]
    if weakref_slot and '__weakref__' not in inherited:
        new_slots.append('__weakref__')
    cls_dict['__slots__'] = tuple(new_slots)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            def __getstate__(self):
                return [getattr(self, name) for name in field_names]
            new_cls.__getstate__ = __getstate__
        if '__setstate__' not in cls_dict:
            def __setstate__(self, state):
                for name, value in zip(field_names, state):
                    object.__setattr__(self, name, value)
            new_cls.__setstate__ = __setstate__
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ (and optionally ordering, hashing, immutability, slots) to a
    class from its annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


# --- helpers ------------------------------------------------------------------------------------

def fields(class_or_instance):
    """The Field objects of a dataclass (or instance), in definition order; no ClassVar/InitVar."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple([f for f in all_fields.values() if f._field_type is _FIELD])


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into dataclasses, lists, tuples and
    dicts (other values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursing like asdict."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance like obj with some fields changed (through __init__, so __post_init__ runs)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 'specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if',
    'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'])


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
                   slots=False, weakref_slot=False):
    """Create a dataclass from a list of names, (name, type) or (name, type, Field) items."""
    namespace = {} if namespace is None else dict(namespace)
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    namespace.update(defaults)
    namespace['__annotations__'] = annotations
    namespace.setdefault('__module__', 'types')
    cls = type(cls_name, tuple(bases), namespace)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)

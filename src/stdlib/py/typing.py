"""typing: type hints at run time (List[int], Optional[str], Callable[[int], str], TypeVar, Generic,
Protocol, NamedTuple, TypedDict, Literal, Annotated, get_type_hints, ...), written for Pyex from
the documented behaviour; reprs follow CPython 3.11 (`typing.List[int]`, `typing.Optional[int]`).
String annotations are resolved by a small expression reader (names, attributes, subscripts, `|`,
literals), never by eval.
"""

import collections
import collections.abc
import sys

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef', 'Generic',
    'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'TypeVarTuple',
    'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
    'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter',
    'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple',
    'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO', 'AnyStr',
    'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform', 'final',
    'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict', 'LiteralString',
    'Never', 'NewType', 'no_type_check', 'no_type_check_decorator', 'NoReturn', 'NotRequired',
    'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type',
    'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack',
]

TYPE_CHECKING = False

_NoneType = type(None)
_FunctionType = type(lambda: None)
_UnionType = type(int | str)
_BuiltinGenericAlias = type(list[int])


def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def _type_repr(obj):
    """How typing shows an argument: builtins by name, classes as module.qualname, ... as '...'."""
    if isinstance(obj, type) and not isinstance(obj, _BaseGenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _type_convert(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _type_check(arg, msg):
    """Convert None and strings in a type position; reject what can never be a type."""
    arg = _type_convert(arg)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in (Generic, Protocol):
        raise TypeError(f'{arg} is not valid as type argument')
    if arg in (Generic, Protocol):
        raise TypeError(f'Plain {arg} is not valid as type argument')
    if isinstance(arg, _SpecialForm) and arg._name in ('ClassVar', 'Final'):
        raise TypeError(f'Plain {arg} is not valid as type argument')
    if type(arg) is tuple:
        raise TypeError(f'{msg} Got {arg!r:.100}.')
    return arg


def _collect_parameters(args):
    """The TypeVars (and ParamSpecs) appearing in args, in first-seen order."""
    found = []
    for arg in args:
        if isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)):
            if arg not in found:
                found.append(arg)
        elif isinstance(arg, (list, tuple)):
            for inner in _collect_parameters(arg):
                if inner not in found:
                    found.append(inner)
        else:
            for inner in getattr(arg, '__parameters__', ()) if not isinstance(arg, type) else ():
                if inner not in found:
                    found.append(inner)
    return tuple(found)


def _deduplicate(params):
    result = []
    for param in params:
        if param not in result:
            result.append(param)
    return result


class _Final:
    """Mixin: typing's own objects may not be subclassed by users."""
    __slots__ = ('__weakref__',)

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if not _root:
            raise TypeError('Cannot subclass special typing classes')


# --- special forms ------------------------------------------------------------------------------

# Markers with a custom __getitem__: Union, Optional, ClassVar, Literal, ... (no class docstring:
# each instance carries its own __doc__ in a slot).
class _SpecialForm(_Final, _root=True):
    __slots__ = ('_name', '__doc__', '_getitem')

    def __init__(self, getitem, name=None):
        self._getitem = getitem
        self._name = name or getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


def _special_form(function):
    return _SpecialForm(function)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls)


@_special_form
def NoReturn(self, parameters):
    """Special type indicating functions that never return."""
    raise TypeError(f'{self} is not subscriptable')


@_special_form
def Never(self, parameters):
    """The bottom type, a type that has no members."""
    raise TypeError(f'{self} is not subscriptable')


@_special_form
def Self(self, parameters):
    """Used to spell the type of "self" in classes."""
    raise TypeError(f'{self} is not subscriptable')


@_special_form
def LiteralString(self, parameters):
    """Represents an arbitrary literal string."""
    raise TypeError(f'{self} is not subscriptable')


@_special_form
def TypeAlias(self, parameters):
    """Special marker indicating that an assignment should be recognized as a type alias."""
    raise TypeError(f'{self} is not subscriptable')


@_special_form
def ClassVar(self, parameters):
    """Special type construct to mark class variables."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_special_form
def Final(self, parameters):
    """Special typing construct to indicate final names to type checkers."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_special_form
def TypeGuard(self, parameters):
    """Special typing form used to annotate the return type of a user-defined type guard."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_special_form
def Required(self, parameters):
    """A special typing construct to mark a key of a total=False TypedDict as required."""
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_special_form
def NotRequired(self, parameters):
    """A special typing construct to mark a key of a TypedDict as potentially missing."""
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_special_form
def Unpack(self, parameters):
    """Type unpack operator."""
    item = _type_check(parameters, f'{self._name} accepts only single type.')
    return _GenericAlias(self, (item,))


@_special_form
def Union(self, parameters):
    """Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = 'Union[arg, ...]: each arg must be a type.'
    checked = []
    for param in parameters:
        checked.append(_type_check(param, msg))
    flat = []
    for param in checked:
        if isinstance(param, _UnionGenericAlias) or type(param) is _UnionType:
            flat.extend(param.__args__)
        else:
            flat.append(param)
    params = tuple(_deduplicate(flat))
    if len(params) == 1:
        return params[0]
    if len(params) == 2 and _NoneType in params:
        return _UnionGenericAlias(self, params, name='Optional')
    return _UnionGenericAlias(self, params)


@_special_form
def Optional(self, parameters):
    """Optional[X] is equivalent to Union[X, None]."""
    arg = _type_check(parameters, f'{self} requires a single type.')
    return Union[arg, None]


@_special_form
def Literal(self, parameters):
    """A type whose values are exactly the given literals: Literal[1, 'a']."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for param in parameters:
        if isinstance(param, _LiteralGenericAlias):
            flat.extend(param.__args__)
        else:
            flat.append(param)
    unique = []
    seen = []
    for param in flat:
        marker = (param, type(param))
        if marker not in seen:
            seen.append(marker)
            unique.append(param)
    return _LiteralGenericAlias(self, tuple(unique))


@_special_form
def Concatenate(self, parameters):
    """Used with Callable and ParamSpec to prepend arguments."""
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not isinstance(parameters[-1], ParamSpec):
        raise TypeError('The last parameter to Concatenate should be a ParamSpec variable.')
    return _GenericAlias(self, parameters)


# --- generic aliases ----------------------------------------------------------------------------

class _BaseGenericAlias(_Final, _root=True):
    """Common machinery of List, List[int], Callable[...], ...: call, attribute delegation,
    class-statement support (__mro_entries__) and refusal of isinstance on subscripted forms."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; use '
                            f'{self.__origin__.__name__}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        result = []
        if self.__origin__ not in bases:
            result.append(self.__origin__)
        index = bases.index(self)
        for base in bases[index + 1:]:
            if isinstance(base, _BaseGenericAlias) or (isinstance(base, type)
                                                       and issubclass(base, Generic)):
                break
        else:
            result.append(Generic)
        return tuple(result)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if '__origin__' in self.__dict__ and not (attr.startswith('__') and attr.endswith('__')):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, value):
        if attr in ('_name', '_inst', '_nparams', '_defaults') or (
                attr.startswith('__') and attr.endswith('__')):
            object.__setattr__(self, attr, value)
        else:
            setattr(self.__origin__, attr, value)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __dir__(self):
        return sorted(set(object.__dir__(self)) | {a for a in dir(self.__origin__) if not a.startswith('_')})


class _GenericAlias(_BaseGenericAlias, _root=True):
    """A subscripted generic: List[int], Dict[str, T], Stack[int], ClassVar[int], ..."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        converted = []
        for arg in args:
            converted.append(... if arg is ... else _type_convert(arg))
        self.__args__ = tuple(converted)
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f'Cannot subscript already-subscripted {self}')
        if not self.__parameters__:
            raise TypeError(f'{self} is not a generic class')
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple([_type_convert(arg) for arg in args])
        params = self.__parameters__
        if len(args) != len(params):
            many = 'many' if len(args) > len(params) else 'few'
            raise TypeError(f'Too {many} arguments for {self}; actual {len(args)}, '
                            f'expected {len(params)}')
        mapping = dict(zip(params, args))
        return self.copy_with(tuple([_substitute(arg, mapping) for arg in self.__args__]))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            body = ', '.join([_type_repr(arg) for arg in self.__args__])
        else:
            body = '()'
        return f'{name}[{body}]'

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f'Cannot subclass {self!r}')
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            index = bases.index(self)
            for base in bases[index + 1:]:
                if isinstance(base, _BaseGenericAlias) and base is not self:
                    return ()
        return (self.__origin__,)


def _substitute(arg, mapping):
    """Replace the TypeVars of arg (possibly nested in aliases or Callable lists) from mapping."""
    if isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)):
        return mapping.get(arg, arg)
    if isinstance(arg, list):
        return [_substitute(item, mapping) for item in arg]
    if isinstance(arg, (_GenericAlias, _BuiltinGenericAlias, _UnionType)) and not isinstance(arg, type):
        params = getattr(arg, '__parameters__', ())
        if params:
            return arg[tuple([mapping.get(param, param) for param in params])]
    return arg


class _SpecialGenericAlias(_BaseGenericAlias, _root=True):
    """An unsubscripted alias of a class, such as List (list) or Iterable (collections.abc)."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        if origin.__module__ == 'builtins':
            self.__doc__ = f'A generic version of {origin.__qualname__}.'
        else:
            self.__doc__ = f'A generic version of {origin.__module__}.{origin.__qualname__}.'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = 'Parameters to generic types must be types.'
        params = tuple([_type_check(param, msg) for param in params])
        expected = self._nparams
        if expected == 0:
            raise TypeError(f'{self} is not a generic class')
        if len(params) != expected:
            many = 'many' if len(params) > expected else 'few'
            raise TypeError(f'Too {many} arguments for {self}; actual {len(params)}, '
                            f'expected {expected}')
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f'typing.Callable[..., {_type_repr(args[1])}]'
        params = ', '.join([_type_repr(arg) for arg in args[:-1]])
        return f'typing.Callable[[{params}], {_type_repr(args[-1])}]'

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, args):
        result = super().__getitem__(args)
        # Substitution may leave nested lists for the parameter part: flatten like CPython.
        flat = []
        for arg in result.__args__[:-1]:
            if isinstance(arg, list):
                flat.extend(arg)
            else:
                flat.append(arg)
        return _CallableGenericAlias(result.__origin__, tuple(flat) + (result.__args__[-1],),
                                     name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if isinstance(args, list):
            params = tuple(args) + (result,)
        elif args is ...:
            params = (..., result)
        else:
            params = (args, result)
        checked = []
        for param in params:
            checked.append(param if param is ... else _type_convert(param))
        return self.copy_with(tuple(checked))


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = 'Tuple[t, ...]: t must be a type.'
            return self.copy_with(tuple([_type_check(p, msg) for p in params[:-1]]) + (...,))
        msg = 'Tuple[t0, t1, ...]: each t must be a type.'
        return self.copy_with(tuple([_type_check(p, msg) for p in params]))


class _UnionGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __init__(self, origin, args, *, inst=True, name=None):
        _BaseGenericAlias.__init__(self, origin, inst=inst, name=name or 'Literal')
        self.__args__ = args
        self.__parameters__ = ()

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set([(a, type(a)) for a in self.__args__]) == set([(a, type(a)) for a in other.__args__])

    def __hash__(self):
        return hash(frozenset([(a, type(a)) for a in self.__args__]))

    def __repr__(self):
        return f'typing.Literal[{", ".join([repr(a) for a in self.__args__])}]'


class _AnnotatedAlias(_GenericAlias, _root=True):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        metadata = ', '.join([repr(a) for a in self.__metadata__])
        return f'typing.Annotated[{_type_repr(self.__origin__)}, {metadata}]'

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return 'Annotated'
        return super().__getattr__(attr)


class Annotated:
    """Add context-specific metadata to a type: Annotated[int, ValueRange(0, 10)]."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments (a type '
                            'and an annotation).')
        origin = _type_check(params[0], 'Annotated[t, ...]: t must be a type.')
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f'Cannot subclass {cls.__module__}.Annotated')


# --- TypeVar, ParamSpec, ForwardRef -------------------------------------------------------------

class _TypeVarLike:
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if getattr(self, '__covariant__', False):
            prefix = '+'
        elif getattr(self, '__contravariant__', False):
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__


class TypeVar(_Final, _TypeVarLike, _root=True):
    """A type variable: T = TypeVar('T'); constrained TypeVar('A', str, bytes); bound=..."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if constraints and len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        msg = 'TypeVar(name, constraint, ...): constraints must be types.'
        self.__constraints__ = tuple([_type_check(t, msg) for t in constraints])
        self.__bound__ = _type_check(bound, 'Bound must be a type.') if bound is not None else None
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f'type {cls.__name__!r} is not an acceptable base type')


class ParamSpecArgs(_Final, _root=True):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.args'


class ParamSpecKwargs(_Final, _root=True):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.kwargs'


class ParamSpec(_Final, _TypeVarLike, _root=True):
    """Parameter specification variable: P = ParamSpec('P')."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _type_check(bound, 'Bound must be a type.') if bound is not None else None
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module


class TypeVarTuple(_Final, _TypeVarLike, _root=True):
    """Type variable tuple: Ts = TypeVarTuple('Ts')."""

    def __init__(self, name):
        self.__name__ = name
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


class ForwardRef(_Final, _root=True):
    """A type written as a string, resolved later (by get_type_hints)."""
    __slots__ = ('__forward_arg__', '__forward_evaluated__', '__forward_value__',
                 '__forward_is_argument__', '__forward_is_class__', '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        if self.__forward_arg__ in recursive_guard:
            return self
        if self.__forward_module__ is not None:
            globalns = getattr(sys.modules.get(self.__forward_module__), '__dict__', globalns)
        value = _read_annotation(self.__forward_arg__, globalns or {}, localns)
        value = _type_convert(value)
        value = _eval_type(value, globalns, localns, recursive_guard | {self.__forward_arg__})
        self.__forward_value__ = value
        self.__forward_evaluated__ = True
        return value

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            return f'ForwardRef({self.__forward_arg__!r})'
        return f'ForwardRef({self.__forward_arg__!r}, module={self.__forward_module__!r})'


# --- reading string annotations without eval ----------------------------------------------------

def _tokenize_annotation(text):
    tokens = []
    position = 0
    end = len(text)
    while position < end:
        char = text[position]
        if char in ' \t\n':
            position += 1
        elif char.isidentifier() or char == '_':
            start = position
            while position < end and (text[position].isalnum() or text[position] == '_'
                                      or text[position].isidentifier()):
                position += 1
            tokens.append(('name', text[start:position]))
        elif char.isdigit() or (char == '-' and position + 1 < end and text[position + 1].isdigit()):
            start = position
            position += 1
            while position < end and (text[position].isalnum() or text[position] in '._'):
                position += 1
            literal = text[start:position].replace('_', '')
            try:
                value = int(literal, 0) if literal.lstrip('-')[:2].lower() in ('0x', '0o', '0b') else int(literal)
            except ValueError:
                value = float(literal)
            tokens.append(('value', value))
        elif char in '\'"':
            quote = char
            position += 1
            pieces = []
            while position < end and text[position] != quote:
                if text[position] == '\\' and position + 1 < end:
                    position += 1
                    pieces.append({'n': '\n', 't': '\t'}.get(text[position], text[position]))
                else:
                    pieces.append(text[position])
                position += 1
            if position >= end:
                raise SyntaxError(f'unterminated string literal in annotation {text!r}')
            position += 1
            tokens.append(('value', ''.join(pieces)))
        elif text.startswith('...', position):
            tokens.append(('value', ...))
            position += 3
        elif char in '.[](),|':
            tokens.append(('op', char))
            position += 1
        else:
            raise SyntaxError(f'invalid syntax in annotation {text!r}')
    return tokens


class _AnnotationReader:
    """Evaluates the small expression language of annotations: names, attributes, subscripts,
    `|`, lists, tuples and literals."""

    def __init__(self, text, globalns, localns):
        self.text = text
        self.tokens = _tokenize_annotation(text)
        self.position = 0
        self.globalns = globalns
        self.localns = localns

    def peek(self):
        if self.position < len(self.tokens):
            return self.tokens[self.position]
        return (None, None)

    def expect(self, value):
        token = self.peek()
        if token != ('op', value):
            raise SyntaxError(f'invalid syntax in annotation {self.text!r}')
        self.position += 1

    def read(self):
        value = self.union()
        if self.position != len(self.tokens):
            raise SyntaxError(f'invalid syntax in annotation {self.text!r}')
        return value

    def union(self):
        value = self.postfix()
        while self.peek() == ('op', '|'):
            self.position += 1
            value = value | self.postfix()
        return value

    def postfix(self):
        value = self.atom()
        while True:
            token = self.peek()
            if token == ('op', '.'):
                self.position += 1
                kind, name = self.peek()
                if kind != 'name':
                    raise SyntaxError(f'invalid syntax in annotation {self.text!r}')
                self.position += 1
                value = getattr(value, name)
            elif token == ('op', '['):
                self.position += 1
                items = self.sequence(']')
                value = value[items[0] if len(items) == 1 and not self._trailing else tuple(items)]
            else:
                return value

    def sequence(self, closer):
        items = []
        self._trailing = False
        if self.peek() == ('op', closer):
            self.position += 1
            return items
        while True:
            items.append(self.union())
            if self.peek() == ('op', ','):
                self.position += 1
                if self.peek() == ('op', closer):
                    self.position += 1
                    self._trailing = True
                    return items
                continue
            self.expect(closer)
            return items

    def atom(self):
        kind, value = self.peek()
        self.position += 1
        if kind == 'value':
            return value
        if kind == 'name':
            if value == 'None':
                return None
            if value == 'True':
                return True
            if value == 'False':
                return False
            if self.localns is not None and value in self.localns:
                return self.localns[value]
            if value in self.globalns:
                return self.globalns[value]
            import builtins
            if hasattr(builtins, value):
                return getattr(builtins, value)
            raise NameError(f'name {value!r} is not defined')
        if (kind, value) == ('op', '['):
            trailing_state = getattr(self, '_trailing', False)
            items = self.sequence(']')
            self._trailing = trailing_state
            return items
        if (kind, value) == ('op', '('):
            items = self.sequence(')')
            if len(items) == 1 and not self._trailing:
                self._trailing = False
                return items[0]
            self._trailing = False
            return tuple(items)
        raise SyntaxError(f'invalid syntax in annotation {self.text!r}')


def _read_annotation(text, globalns, localns):
    return _AnnotationReader(text, globalns, localns).read()


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """Resolve the ForwardRefs inside t (recursively through aliases and unions)."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, _LiteralGenericAlias):
        return t
    if isinstance(t, (_GenericAlias, _BuiltinGenericAlias, _UnionType)) and not isinstance(t, type):
        args = t.__args__
        evaluated = []
        changed = False
        for arg in args:
            if isinstance(arg, str) and isinstance(t, _BuiltinGenericAlias):
                arg = ForwardRef(arg, is_argument=False)
            new = _eval_type(arg, globalns, localns, recursive_guard)
            if new is not arg:
                changed = True
            evaluated.append(new)
        if not changed:
            return t
        if isinstance(t, _AnnotatedAlias):
            return _AnnotatedAlias(evaluated[0], t.__metadata__)
        if isinstance(t, _BuiltinGenericAlias):
            return _BuiltinGenericAlias(t.__origin__, tuple(evaluated))
        if isinstance(t, _UnionType):
            result = evaluated[0]
            for arg in evaluated[1:]:
                result = result | arg
            return result
        return t.copy_with(tuple(evaluated))
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and not isinstance(t, _LiteralGenericAlias):
        if t.__origin__ in (Required, NotRequired):
            return _strip_annotations(t.__args__[0])
        stripped = tuple([_strip_annotations(a) for a in t.__args__])
        if stripped == t.__args__:
            return t
        return t.copy_with(stripped)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (along its MRO), module, function or method, with string
    annotations resolved and None turned into NoneType; Annotated is stripped unless
    include_extras."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                module = sys.modules.get(base.__module__)
                base_globals = getattr(module, '__dict__', {})
            else:
                base_globals = globalns
            annotations = base.__dict__.get('__annotations__', {})
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in annotations.items():
                if value is None:
                    value = _NoneType
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _eval_type(value, base_globals, base_locals)
        if include_extras:
            return hints
        return {name: _strip_annotations(value) for name, value in hints.items()}
    if globalns is None:
        if isinstance(obj, type(sys)):
            globalns = obj.__dict__
        else:
            inner = obj
            while hasattr(inner, '__wrapped__'):
                inner = inner.__wrapped__
            globalns = getattr(inner, '__globals__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    annotations = getattr(obj, '__annotations__', None)
    if annotations is None:
        if isinstance(obj, (type, type(sys))) or callable(obj):
            return {}
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    hints = {}
    for name, value in annotations.items():
        if value is None:
            value = _NoneType
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=not isinstance(obj, type(sys)), is_class=False)
        hints[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return {name: _strip_annotations(value) for name, value in hints.items()}


def get_origin(tp):
    """The unsubscripted form: get_origin(List[int]) is list, get_origin(Union[int, str]) is Union."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, _BuiltinGenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """The type arguments: get_args(Dict[str, int]) == (str, int); Callable's parameters come as
    a list: get_args(Callable[[int], str]) == ([int], str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _BuiltinGenericAlias)):
        args = tp.__args__
        if isinstance(tp, _CallableGenericAlias) or (
                getattr(tp, '__origin__', None) is collections.abc.Callable
                and isinstance(tp, _BuiltinGenericAlias)):
            if not (len(args) == 2 and args[0] is ...):
                args = (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


# --- Generic and Protocol -----------------------------------------------------------------------

class Generic:
    """Base class for generic classes: class Stack(Generic[T]): ..."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple([_type_convert(p) for p in params])
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
            for param in params:
                if not isinstance(param, (TypeVar, ParamSpec, TypeVarTuple)):
                    raise TypeError(f'Parameters to {cls.__name__}[...] must all be type '
                                    'variables or parameter specification variables.')
            if len(set(params)) != len(params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
        else:
            expected = cls.__dict__.get('__parameters__', ())
            if len(params) != len(expected):
                if not expected:
                    raise TypeError(f'{cls} is not a generic class')
                many = 'many' if len(params) > len(expected) else 'few'
                raise TypeError(f'Too {many} arguments for {cls}; actual {len(params)}, '
                                f'expected {len(expected)}')
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if '__orig_bases__' in cls.__dict__:
            if Generic in cls.__orig_bases__:
                raise TypeError('Cannot inherit from plain Generic')
            tvars = list(_collect_parameters(cls.__orig_bases__))
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError('Cannot inherit from Generic[...] multiple times.')
                    gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    s_vars = ', '.join([str(t) for t in missing])
                    s_args = ', '.join([str(g) for g in gvars])
                    raise TypeError(f'Some type variables ({s_vars}) are not listed in '
                                    f'Generic[{s_args}]')
                tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


_PROTOCOL_SKIP = frozenset([
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__parameters__', '__orig_bases__', '__qualname__', '__init_subclass__', '_is_protocol',
    '_is_runtime_protocol', '_abc_impl', '__protocol_attrs__', '__match_args__',
])


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for name in list(base.__dict__) + list(annotations):
            if not name.startswith('_abc_') and name not in _PROTOCOL_SKIP:
                attrs.add(name)
    return attrs


from abc import ABCMeta as _ABCMeta, abstractmethod as _abstractmethod  # noqa: E402


class _ProtocolMeta(_ABCMeta):
    """Makes isinstance() against a @runtime_checkable protocol a structural check."""

    def __instancecheck__(cls, instance):
        if getattr(cls, '_is_protocol', False):
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
            ok = True
            for attr in _protocol_attrs(cls):
                value = getattr(instance, attr, _ProtocolMeta)
                if value is _ProtocolMeta or (callable(getattr(cls, attr, None)) and value is None):
                    ok = False
                    break
            if ok:
                return True
        return super().__instancecheck__(instance)

    def __call__(cls, *args, **kwargs):
        if cls.__dict__.get('_is_protocol', False):
            raise TypeError('Protocols cannot be instantiated')
        return super().__call__(*args, **kwargs)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for structural types: a class matches when it has the protocol's members."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(base is Protocol for base in cls.__bases__)

        def hook(other):
            if not cls.__dict__.get('_is_protocol', False):
                return NotImplemented
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            for attr in _protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return NotImplemented
                        break
                    annotations = base.__dict__.get('__annotations__', {})
                    if attr in annotations:
                        break
                else:
                    return NotImplemented
            return True

        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = staticmethod(hook)


def runtime_checkable(cls):
    """Allow isinstance()/issubclass() against a Protocol class (structural, by member names)."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got '
                        f'{cls!r}')
    cls._is_runtime_protocol = True
    return cls


@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""
    __slots__ = ()

    @_abstractmethod
    def __int__(self):
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""
    __slots__ = ()

    @_abstractmethod
    def __float__(self):
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""
    __slots__ = ()

    @_abstractmethod
    def __complex__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""
    __slots__ = ()

    @_abstractmethod
    def __bytes__(self):
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""
    __slots__ = ()

    @_abstractmethod
    def __index__(self):
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    """An ABC with one abstract method __abs__ that is covariant in its return type."""
    __slots__ = ()

    @_abstractmethod
    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    """An ABC with one abstract method __round__ that is covariant in its return type."""
    __slots__ = ()

    @_abstractmethod
    def __round__(self, ndigits=0):
        pass


# --- the aliases of concrete classes and ABCs ---------------------------------------------------

_abc = collections.abc
Hashable = _SpecialGenericAlias(_abc.Hashable, 0)
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1)
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3)
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1)
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1)
Iterable = _SpecialGenericAlias(_abc.Iterable, 1)
Iterator = _SpecialGenericAlias(_abc.Iterator, 1)
Reversible = _SpecialGenericAlias(_abc.Reversible, 1)
Sized = _SpecialGenericAlias(_abc.Sized, 0)
Container = _SpecialGenericAlias(_abc.Container, 1)
Collection = _SpecialGenericAlias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, name='AbstractSet')
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1)
Mapping = _SpecialGenericAlias(_abc.Mapping, 2)
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2)
Sequence = _SpecialGenericAlias(_abc.Sequence, 1)
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1)
ByteString = _SpecialGenericAlias(_abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _SpecialGenericAlias(list, 1, inst=False, name='List')
Deque = _SpecialGenericAlias(collections.deque, 1, name='Deque')
Set = _SpecialGenericAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _SpecialGenericAlias(_abc.MappingView, 1)
KeysView = _SpecialGenericAlias(_abc.KeysView, 1)
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2)
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1)
Dict = _SpecialGenericAlias(dict, 2, inst=False, name='Dict')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2)
Generator = _SpecialGenericAlias(_abc.Generator, 3)
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2)
Type = _SpecialGenericAlias(type, 1, name='Type')
Text = str
AnyStr = TypeVar('AnyStr', bytes, str)


class _ContextManagerBase(metaclass=_ABCMeta):
    """Stand-in for contextlib.AbstractContextManager (structural)."""

    @classmethod
    def __subclasshook__(cls, C):
        if cls is _ContextManagerBase:
            for name in ('__enter__', '__exit__'):
                if not any(name in base.__dict__ for base in C.__mro__):
                    return NotImplemented
            return True
        return NotImplemented


_ContextManagerBase.__name__ = 'AbstractContextManager'
_ContextManagerBase.__qualname__ = 'AbstractContextManager'
_ContextManagerBase.__module__ = 'contextlib'
ContextManager = _SpecialGenericAlias(_ContextManagerBase, 1, name='ContextManager')


class _AsyncContextManagerBase(metaclass=_ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is _AsyncContextManagerBase:
            for name in ('__aenter__', '__aexit__'):
                if not any(name in base.__dict__ for base in C.__mro__):
                    return NotImplemented
            return True
        return NotImplemented


_AsyncContextManagerBase.__name__ = 'AbstractAsyncContextManager'
_AsyncContextManagerBase.__module__ = 'contextlib'
AsyncContextManager = _SpecialGenericAlias(_AsyncContextManagerBase, 1, name='AsyncContextManager')


# Pattern and Match are made on first use (PEP 562 module __getattr__): importing re (and the enum
# module it needs) would otherwise double the cost of `import typing` for programs that never use them.
def __getattr__(name):
    if name != 'Pattern' and name != 'Match':
        raise AttributeError(f"module 'typing' has no attribute '{name}'")
    import re
    pattern_type = type(re.compile(''))
    match_type = type(re.compile('').match(''))
    globals()['Pattern'] = _SpecialGenericAlias(pattern_type, 1, name='Pattern')
    globals()['Match'] = _SpecialGenericAlias(match_type, 1, name='Match')
    return globals()[name]


def __dir__():
    return sorted((set(globals()) - {'__getattr__', '__dir__'}) | {'Pattern', 'Match'})


class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO (an interface description only)."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""
    __slots__ = ()


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""
    __slots__ = ()


# --- NamedTuple and TypedDict -------------------------------------------------------------------

_PROHIBITED_NT = frozenset(['__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                            '_field_defaults', '_make', '_replace', '_asdict', '_source'])
_SPECIAL_NT = frozenset(['__module__', '__name__', '__annotations__'])


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    annotations = {}
    for field, annotation in types:
        annotations[field] = _type_check(annotation, f'field {field} annotation must be a type')
    result = collections.namedtuple(name, fields, defaults=defaults, module=module)
    result.__annotations__ = result.__new__.__annotations__ = annotations
    return result


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                plural = 's' if len(default_names) > 1 else ''
                raise TypeError(f'Non-default namedtuple field {field_name} cannot follow '
                                f'default field{plural} {", ".join(default_names)}')
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        for key in ns:
            if key in _PROHIBITED_NT:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _SPECIAL_NT and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: class Point(NamedTuple): x: int; y: int = 0."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords can be provided to NamedTuple, not both')
    return _make_nmtuple(typename, fields, module=_caller_module())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict '
                                'base class')
        generic_base = (Generic,) if any(base is Generic for base in bases) else ()
        tp_dict = type.__new__(_TypedDictMeta, name, generic_base + (dict,), dict(ns))
        annotations = {}
        own_annotations = ns.get('__annotations__', {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {}
        for key, value in own_annotations.items():
            own[key] = _type_check(value, msg)
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required_keys.update(base.__dict__.get('__required_keys__', ()))
            optional_keys.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, value in own.items():
            origin = get_origin(value)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required_keys.add(key)
                optional_keys.discard(key)
            else:
                optional_keys.add(key)
                required_keys.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    # Calling a TypedDict class makes a plain dict (a type stored on the class does not bind).
    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys: class Movie(TypedDict): name: str; year: int.
    Instances are plain dicts."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments, but not both')
    ns = {'__annotations__': dict(fields)}
    module = _caller_module()
    if module is not None:
        ns['__module__'] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    """True for classes made with TypedDict."""
    return isinstance(tp, _TypedDictMeta)


# --- NewType and helper functions ---------------------------------------------------------------

class NewType:
    """A distinct name for a type for type checkers; at run time calling it returns its argument."""

    __call__ = staticmethod(lambda x: x)

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __mro_entries__(self, bases):
        superclass_name = self.__name__
        raise TypeError(f'Cannot subclass an instance of NewType. Perhaps you were looking for: '
                        f'`{superclass_name} = NewType({superclass_name!r}, '
                        f'{self.__supertype__!r})`')

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def cast(typ, val):
    """Tell type checkers that val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask a type checker to confirm val has type typ; returns val unchanged."""
    return val


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


def reveal_type(obj, /):
    """Print the run-time type of obj to stderr and return obj."""
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @overload-decorated functions '
        'outside a stub module should always be followed by an implementation that is not '
        '@overload-ed.')


def overload(func):
    """Decorator for overloaded function signatures (the last, undecorated one is real)."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    """The @overload signatures recorded for func."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    return list(_overload_registry.get(key, []))


def clear_overloads():
    """Forget every recorded overload."""
    _overload_registry.clear()


def final(f):
    """Decorator marking a method or class final; sets __final__ where possible."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator: type checkers should ignore this function or class's annotations."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if isinstance(obj, _FunctionType) and obj.__qualname__.startswith(arg.__qualname__):
                obj.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator for decorators: what they return is marked @no_type_check."""
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    wrapped_decorator.__name__ = getattr(decorator, '__name__', 'wrapped_decorator')
    wrapped_decorator.__wrapped__ = decorator
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator marking an object as providing dataclass-like behaviour (for type checkers)."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers,
            'kwargs': kwargs,
        }
        return cls_or_fn
    return decorator

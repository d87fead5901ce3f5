"""enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique, written for Pyex from the
documented behaviour of CPython 3.11 (reprs `<Color.RED: 1>`, str `Color.RED`, lookup by value and
name, aliases, _missing_, auto values, flags with composite members).

Class creation relies on the metaclass protocol: EnumType.__prepare__ returns an _EnumDict that
records member names in order while the class body runs, and EnumType.__new__ turns them into
member objects. Iteration, len(), `in` and Color['RED'] are metaclass methods.
"""

import sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'member',
           'nonmember', 'global_enum', 'verify', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS',
           'UNIQUE', 'show_flag_values', 'global_str', 'global_flag_repr', 'global_enum_repr']

def _mapping_proxy_type():
    """types.MappingProxyType when the interpreter lets it be built, else dict."""
    kind = type(type.__dict__)
    try:
        kind({})
    except TypeError:
        return dict
    return kind


_MappingProxy = _mapping_proxy_type()

# Set once Enum / Flag exist (the metaclass must know whether it is building them).
Enum = None
Flag = None
ReprEnum = None
_stdlib_enums = ()


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """A placeholder replaced by an automatically chosen value (_generate_next_value_)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f'auto({self.value!r})'


class member:
    """Force an attribute of an enum class body to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keep an attribute of an enum class body from becoming a member."""

    def __init__(self, value):
        self.value = value


class _EnumProperty:
    """`name` and `value` on members: read-only, and never hiding a member of the same name."""

    def __init__(self, getter):
        self.getter = getter
        self.name = getter.__name__
        self.__doc__ = getter.__doc__
        self.ownerclass = None

    def __set_name__(self, owner, name):
        self.name = name
        self.ownerclass = owner

    def __get__(self, instance, owner=None):
        if instance is None:
            member_map = getattr(owner, '_member_map_', None)
            if member_map is not None and self.name in member_map:
                return member_map[self.name]
            raise AttributeError(f'{owner.__name__!r} has no attribute {self.name!r}')
        return self.getter(instance)

    def __set__(self, instance, value):
        raise AttributeError(f'{self.ownerclass!r} cannot set attribute {self.name!r}')

    def __delete__(self, instance):
        raise AttributeError(f'{self.ownerclass!r} cannot delete attribute {self.name!r}')


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


def _is_private(cls_name, name):
    prefix = f'_{cls_name.lstrip("_")}__'
    return name.startswith(prefix) and not name.endswith('__')


_ALLOWED_SUNDERS = frozenset(['_order_', '_generate_next_value_', '_missing_', '_ignore_',
                              '_numeric_repr_', '_iter_member_', '_iter_member_by_value_',
                              '_iter_member_by_def_', '_value_', '_name_', '_settle_'])


class _EnumDict(dict):
    """The namespace of an enum class body: remembers which names are members, in order,
    resolves auto(), honours _ignore_, and refuses to redefine a name."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._generate_next_value = None
        self._cls_name = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _ALLOWED_SUNDERS:
                raise ValueError(f'_sunder_ names, such as {key!r}, are reserved for future Enum '
                                 'use')
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined before members')
                function = value.__func__ if isinstance(value, staticmethod) else value
                self._generate_next_value = function
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError(f'_ignore_ cannot specify already set names: {already!r}')
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif not isinstance(value, member) and _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError(f'{key!r} already defined as {self[key]!r}')
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _auto_null:
                    self._auto_called = True
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            self._member_names[key] = None
            self._last_values.append(value)
        dict.__setitem__(self, key, value)


def _find_data_type(bases):
    """The mixed-in data type (int for IntEnum, str for StrEnum, ...) or object."""
    found = []
    for chain in bases:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    if base._member_type_ not in found:
                        found.append(base._member_type_)
                    break
            elif '__new__' in base.__dict__ or '__init__' in base.__dict__:
                kind = candidate or base
                if kind not in found:
                    found.append(kind)
                break
            else:
                candidate = candidate or base
    if len(found) > 1:
        raise TypeError(f'too many data types: {found!r}')
    return found[0] if found else object


def _get_mixins(class_name, bases):
    """(member data type, the enum base) for a new enum class."""
    if not bases:
        return object, Enum
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError('new enumerations should be created as `EnumName([mixin_type, ...] '
                        '[data_type,] enum_type)`')
    for chain in bases:
        for base in chain.__mro__:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f'<enum {class_name!r}> cannot extend {base!r}')
    return _find_data_type(bases), last


def _high_bit(value):
    return value.bit_length() - 1


def _is_single_bit(value):
    return value > 0 and (value & (value - 1)) == 0


def _format_bits(value, width):
    """CPython's enum bin(): sign digit, a space, then the bits ('0b0 1000')."""
    if value >= 0:
        return f'0b0 {format(value, "b").zfill(width)}'
    bits = format((1 << width) + value if width else 0, 'b').zfill(width)
    return f'0b1 {bits}'


class EnumType(type):
    """Metaclass of Enum: builds the members and makes the class iterable and indexable."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        if bases:
            member_type, first_enum = _get_mixins(cls, bases)
            generator = getattr(first_enum, '_generate_next_value_', None)
            if generator is not None:
                enum_dict._generate_next_value = generator
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_set = getattr(classdict, '_member_names', {})
        ignore = list(getattr(classdict, '_ignore', ()))
        namespace = {}
        members = {}
        for key, value in classdict.items():
            if key in member_set:
                members[key] = value
            elif key not in ignore and key != '_ignore_':
                namespace[key] = value
        if bases:
            member_type, first_enum = _get_mixins(cls, bases)
        else:
            member_type, first_enum = object, None
        custom_new = namespace.get('__new__')
        if isinstance(custom_new, staticmethod):
            custom_new = custom_new.__func__
        if custom_new is not None and Enum is not None:
            namespace['__new_member__'] = custom_new
            namespace['__new__'] = Enum.__dict__['__new__']
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        if Enum is not None:
            # Calling the class looks members up; a data type's __new__ (int's) must not win.
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])

        type.__setattr__(enum_class, '_member_names_', [])
        type.__setattr__(enum_class, '_member_map_', {})
        type.__setattr__(enum_class, '_value2member_map_', {})
        type.__setattr__(enum_class, '_unhashable_values_', [])
        type.__setattr__(enum_class, '_member_type_', member_type)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            if boundary is None:
                boundary = getattr(first_enum, '_boundary_', None) or STRICT
            type.__setattr__(enum_class, '_boundary_', boundary)

        # How members are made: the enum's own __new__, the data type's, or object's.
        if custom_new is not None:
            new_member = custom_new
        else:
            new_member = None
            for base in enum_class.__mro__[1:]:
                candidate = base.__dict__.get('__new_member__')
                if candidate is not None:
                    new_member = candidate
                    break
        use_args = member_type is not object or new_member is not None

        flag_mask = 0
        for sort_order, name in enumerate(members):
            value = members[name]
            if isinstance(value, tuple):
                args = value
            else:
                args = (value,)
            if member_type is tuple:
                args = (args,)
            if new_member is not None:
                enum_member = new_member(enum_class, *args)
            elif not use_args:
                enum_member = object.__new__(enum_class)
            else:
                enum_member = member_type.__new__(enum_class, *args)
            if not hasattr(enum_member, '_value_'):
                if member_type is object:
                    enum_member._value_ = value
                else:
                    try:
                        enum_member._value_ = member_type(*args)
                    except Exception as exc:
                        raise TypeError('_value_ not set in __new__, unable to create it') from exc
            member_value = enum_member._value_
            enum_member._name_ = name
            enum_member.__objclass__ = enum_class
            enum_member.__init__(*args)
            enum_member._sort_order_ = sort_order
            # An alias: same value as an earlier canonical member.
            try:
                canonical = enum_class._value2member_map_.get(member_value)
            except TypeError:
                canonical = None
                for existing in enum_class._member_map_.values():
                    if existing._value_ == member_value:
                        canonical = existing
                        break
            if canonical is not None:
                enum_member = canonical
            else:
                if not is_flag or _is_single_bit(member_value):
                    enum_class._member_names_.append(name)
                if is_flag and isinstance(member_value, int):
                    flag_mask |= member_value
            enum_class._member_map_[name] = enum_member
            try:
                enum_class._value2member_map_.setdefault(member_value, enum_member)
            except TypeError:
                enum_class._unhashable_values_.append(member_value)
            # Store the member on the class unless that would hide an inherited descriptor
            # (name, value): _EnumProperty finds such members through _member_map_.
            inherited = None
            for base in enum_class.__mro__[1:]:
                if name in base.__dict__:
                    inherited = base.__dict__[name]
                    break
            if not isinstance(inherited, _EnumProperty):
                type.__setattr__(enum_class, name, enum_member)

        # repr/str/format/reduce must not come from the data type (int's repr for an IntEnum,
        # say) unless the class body defined them; ReprEnum keeps the data type's str/format.
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in classdict:
                    continue
                found = getattr(enum_class, name)
                if found is getattr(member_type, name) or found is getattr(object, name):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
            if ReprEnum is not None and ReprEnum in bases:
                if member_type is object:
                    raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e. int, '
                                    'str, float, etc.)')
                if '__format__' not in classdict:
                    type.__setattr__(enum_class, '__format__', member_type.__format__)
                if '__str__' not in classdict:
                    method = member_type.__str__
                    if method is object.__str__:
                        method = member_type.__repr__
                    type.__setattr__(enum_class, '__str__', method)

        if is_flag:
            type.__setattr__(enum_class, '_flag_mask_', flag_mask)
            all_bits = (1 << flag_mask.bit_length()) - 1 if flag_mask else 0
            type.__setattr__(enum_class, '_all_bits_', all_bits)
            type.__setattr__(enum_class, '_inverted_', None)

        if Enum is not None and '_order_' in classdict:
            order = classdict['_order_']
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError(f'member order does not match _order_:\n  {enum_class._member_names_!r}\n'
                                f'  {order!r}')
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *values, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(member).__qualname__!r} "
                            f'and {cls.__class__.__qualname__!r}')
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f'{cls.__name__!r} cannot delete member {attr!r}.')
        super().__delattr__(attr)

    def __dir__(cls):
        names = ['__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__',
                 '__iter__', '__len__', '__members__', '__module__', '__name__', '__qualname__']
        names.extend(cls._member_names_)
        if cls._new_member_is_custom():
            names.append('__new__')
        return sorted(set(names))

    def _new_member_is_custom(cls):
        return any('__new_member__' in base.__dict__ for base in cls.__mro__)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        member_map = cls._member_map_
        return (member_map[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        """Every member name (aliases included) to its member."""
        if _MappingProxy is dict:
            return dict(cls._member_map_)
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    def __reversed__(cls):
        member_map = cls._member_map_
        return (member_map[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """The functional API: Enum('Name', 'A B C') or with a list/dict of names and values."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = _get_mixins(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names = names
            names = []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        elif isinstance(names, dict) or hasattr(names, 'keys'):
            names = [(key, names[key]) for key in names.keys()]
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs.

    >>> class Color(Enum):
    ...     RED = 1
    >>> Color.RED
    <Color.RED: 1>
    """

    def __new__(cls, value):
        # Lookup of an existing member by value (members themselves are made by the metaclass).
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as error:
            exc = error
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag):
            if cls._boundary_ is EJECT and isinstance(result, int):
                return result
        not_valid = ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        if result is None and exc is None:
            raise not_valid
        if exc is None:
            exc = TypeError(f'error in {cls.__name__}._missing_: returned {result!r} instead of '
                            'None or a valid member')
        if not isinstance(exc, ValueError):
            exc.__context__ = not_valid
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value of auto(): one more than the last value, or `start`."""
        if not last_values:
            return start
        last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            raise TypeError(f'unable to sort non-numeric values: {last!r}') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        return f'<{self.__class__.__name__}.{self._name_}: {value_repr(self._value_)}>'

    def __str__(self):
        return f'{self.__class__.__name__}.{self._name_}'

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        member_map = self.__class__._member_map_
        for cls in self.__class__.__mro__:
            if not isinstance(cls, EnumType) or cls is Enum or cls in _stdlib_enums:
                continue
            for key in cls.__dict__:
                if not key.startswith('_') and key not in member_map:
                    names.append(key)
        for key in getattr(self, '__dict__', {}):
            if not key.startswith('_'):
                names.append(key)
        return sorted(set(names))

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @_EnumProperty
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @_EnumProperty
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    __str__ = int.__repr__
    __format__ = int.__format__


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError(f'encoding must be a string, not {values[1]!r}')
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError(f'errors must be a string, not {values[2]!r}')
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    __str__ = str.__str__
    __format__ = str.__format__

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """auto() in a StrEnum: the lower-cased member name."""
        return name.lower()


# --- flags --------------------------------------------------------------------------------------

class FlagBoundary(StrEnum):
    """What Flag does with values that have bits no member covers."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary.STRICT, FlagBoundary.CONFORM, FlagBoundary.EJECT, FlagBoundary.KEEP


class Flag(Enum, boundary=STRICT):
    """Members can be combined with the bitwise operators | & ^ ~."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """auto() in a Flag: the next power of two."""
        if not count:
            return start if start is not None else 1
        last = last_values[-1]
        try:
            high = _high_bit(last)
        except Exception:
            raise TypeError(f'invalid flag value {last!r}') from None
        return 2 ** (high + 1)

    @classmethod
    def _missing_(cls, value):
        """Make (and cache) the pseudo-member for a combination of flags."""
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        if value < 0:
            value = max(all_bits + 1, 2 ** value.bit_length()) + value
            if value < 0:
                raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        unknown = value & ~flag_mask
        boundary = cls._boundary_
        if unknown:
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f'{cls!r} invalid value {value!r}\n'
                                 f'    given {_format_bits(value, width)}\n'
                                 f'  allowed {_format_bits(flag_mask, width)}')
            if boundary is CONFORM:
                value &= flag_mask
                unknown = 0
            elif boundary is EJECT:
                return value
        member_type = cls._member_type_
        if member_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = member_type.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        names = [m._name_ for m in cls._iter_members(value & ~unknown)]
        if names and unknown:
            names.append(str(unknown))
        pseudo._name_ = '|'.join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _iter_members(cls, value):
        member_map = cls._member_map_
        for name in cls._member_names_:
            member_ = member_map[name]
            if member_._value_ & value == member_._value_ and member_._value_:
                yield member_

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} "
                            f'and {self.__class__.__qualname__!r}')
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self.__class__._iter_members(self._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        value_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        if self._name_ is None:
            return f'<{cls_name}: {value_repr(self._value_)}>'
        return f'<{cls_name}.{self._name_}: {value_repr(self._value_)}>'

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f'{cls_name}({self._value_!r})'
        return f'{cls_name}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag where members are also (and must be) ints."""

    __str__ = int.__repr__
    __format__ = int.__format__


# Flag's definitions take precedence over int's in IntFlag (the MRO puts int first).
for _name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
    type.__setattr__(IntFlag, _name, Flag.__dict__[_name])
del _name

_stdlib_enums = (ReprEnum, IntEnum, StrEnum, Flag, IntFlag)


def unique(enumeration):
    """Class decorator: raise ValueError if any two members share a value (aliases)."""
    duplicates = []
    for name, member_ in enumeration.__members__.items():
        if name != member_._name_:
            duplicates.append((name, member_._name_))
    if duplicates:
        details = ', '.join([f'{alias} -> {name}' for alias, name in duplicates])
        raise ValueError(f'duplicate values found in {enumeration!r}: {details}')
    return enumeration


class EnumCheck(StrEnum):
    """Properties that verify() can check."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


class verify:
    """Class decorator checking EnumCheck properties of an enumeration."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                duplicates = [(alias, m._name_) for alias, m in enumeration.__members__.items()
                              if alias != m._name_]
                if duplicates:
                    details = ', '.join([f'{a} -> {n}' for a, n in duplicates])
                    raise ValueError(f'aliases found in {enumeration!r}: {details}')
            elif check is CONTINUOUS:
                values = sorted(set(m._value_ for m in enumeration))
                if len(values) >= 2:
                    low, high = values[0], values[-1]
                    missing = [v for v in range(low, high + 1) if v not in values]
                    if missing:
                        raise ValueError(f'invalid enum {name!r}: missing values '
                                         f'{", ".join([str(v) for v in missing])}')
        return enumeration


def show_flag_values(value):
    """The powers of two that make up value."""
    result = []
    while value:
        low = value & -value
        result.append(low)
        value ^= low
    return result


def global_enum_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    return f'{module}.{self._name_}'


def global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return f'{module}.{self.__class__.__name__}({self._value_!r})'
    return '|'.join([f'{module}.{name}' for name in self._name_.split('|')])


def global_str(self):
    if self._name_ is None:
        return f'{self.__class__.__name__}({self._value_!r})'
    return self._name_


def global_enum(cls, update_str=False):
    """Decorator: export the members into the module namespace and show them as module.NAME."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls

"""abc: abstract base classes (ABCMeta, ABC, abstractmethod) written for Pyex from the documented
behaviour. Abstract-method enforcement happens in ABCMeta.__call__ (and through
`__abstractmethods__`, which a VM may also honour in object.__new__ as CPython does).
"""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']

# Bumped by every register(); negative caches older than this are stale.
_invalidation_counter = 0


def abstractmethod(funcobj):
    """Mark a method abstract: classes with an unimplemented abstract method cannot be made."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use @classmethod stacked on @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use @staticmethod stacked on @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use @property stacked on @abstractmethod."""
    __isabstractmethod__ = True


def get_cache_token():
    """An object that changes whenever an ABC's registry changes."""
    return _invalidation_counter


class _AbcState:
    """Per-class registry and caches (CPython keeps the same in `_abc_impl`)."""
    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_version')

    def __init__(self):
        self.registry = []
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _invalidation_counter


def _is_abstract(value):
    return getattr(value, '__isabstractmethod__', False) is True


def _compute_abstracts(cls, namespace, bases):
    abstracts = set()
    for name, value in namespace.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


def _state_of(cls):
    state = cls.__dict__.get('_abc_impl')
    if state is None:
        state = _AbcState()
        type.__setattr__(cls, '_abc_impl', state)
    return state


class ABCMeta(type):
    """Metaclass for abstract base classes: virtual subclasses through register() and
    __subclasshook__, and refusal to instantiate classes with abstract methods."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace, bases)
        type.__setattr__(cls, '_abc_impl', _AbcState())
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            plural = 's' if len(names) > 1 else ''
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract "
                            f"method{plural} {', '.join(names)}")
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of this ABC; returns it (usable as a class decorator)."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        _state_of(cls).registry.append(subclass)
        _invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        state = _state_of(cls)
        if subclass in state.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if state.negative_version == _invalidation_counter and subclass in state.negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        state = _state_of(cls)
        if subclass in state.cache:
            return True
        if state.negative_version < _invalidation_counter:
            state.negative_cache = set()
            state.negative_version = _invalidation_counter
        elif subclass in state.negative_cache:
            return False
        hook = getattr(cls, '__subclasshook__', None)
        answer = hook(subclass) if hook is not None else NotImplemented
        if answer is not NotImplemented:
            if answer:
                state.cache.add(subclass)
            else:
                state.negative_cache.add(subclass)
            return bool(answer)
        if cls in subclass.__mro__:
            state.cache.add(subclass)
            return True
        for registered in state.registry:
            if issubclass(subclass, registered):
                state.cache.add(subclass)
                return True
        for child in type.__subclasses__(cls):
            if issubclass(subclass, child):
                state.cache.add(subclass)
                return True
        state.negative_cache.add(subclass)
        return False

    def _abc_registry_clear(cls):
        global _invalidation_counter
        _state_of(cls).registry.clear()
        _invalidation_counter += 1

    def _abc_caches_clear(cls):
        state = _state_of(cls)
        state.cache.clear()
        state.negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute `cls.__abstractmethods__` after methods were added or removed."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper base class: `class Shape(ABC)` makes an abstract base class."""
    __slots__ = ()

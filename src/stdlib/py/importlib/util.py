"""importlib.util: find_spec, module_from_spec, spec_from_loader, resolve_name, written for Pyex.
find_spec looks where an import would look without running anything."""

import sys
import _pyex_introspect
from importlib._bootstrap import ModuleSpec, _spec_for
from importlib import _resolve_name


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """The spec of a module: its __spec__ if imported, else where an import would find it (None
    when nowhere). The parent package of a dotted name is imported first."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError('{}.__spec__ is not set'.format(name)) from None
        else:
            if spec is None:
                raise ValueError('{}.__spec__ is None'.format(name))
            return spec
    parent_name = fullname.rpartition('.')[0]
    parent = None
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f'__path__ attribute not found on {parent_name!r} '
                f'while trying to find {fullname!r}', name=fullname) from e
    found = _pyex_introspect.find_module(fullname, parent)
    if found is None:
        return None
    kind, origin, is_package, locations = found
    spec, _ = _spec_for(fullname, kind, origin, is_package, locations)
    return spec


def module_from_spec(spec):
    """Create a module from a spec (its body is not executed)."""
    module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location and spec.origin is not None:
        module.__file__ = spec.origin
    return module


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a loader."""
    if is_package is None:
        is_package_method = getattr(loader, 'is_package', None)
        is_package = bool(is_package_method(name)) if is_package_method is not None else False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """A spec for a module at a file path (the module can then be imported by name only if the
    file is on sys.path)."""
    from importlib._bootstrap import SourceFileLoader
    if location is None:
        location = '<unknown>'
    if loader is None:
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


def source_hash(source_bytes):
    """Not available in Pyex (no bytecode cache)."""
    raise NotImplementedError('importlib.util.source_hash is not available in Pyex')


MAGIC_NUMBER = b'\xa7\r\r\n'

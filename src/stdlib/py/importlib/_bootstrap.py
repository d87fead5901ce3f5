"""importlib._bootstrap: the module spec and loader classes of Pyex's import system. They are
native (src/stdlib/_pyex_import_specs.ts) so that attaching __spec__/__loader__ to every imported
module runs no Python; this module gives them their importlib names.
"""

import _pyex_introspect

ModuleSpec = _pyex_introspect.ModuleSpec
BuiltinImporter = _pyex_introspect.BuiltinImporter
FrozenImporter = _pyex_introspect.FrozenImporter
SourceFileLoader = _pyex_introspect.SourceFileLoader


def _spec_for(name, kind, origin, is_package, locations):
    """The (spec, loader) the import system gives a module found as `kind`."""
    return _pyex_introspect.spec_for(name, kind, origin, is_package, locations)

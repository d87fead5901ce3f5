# Importing a module whose source does not compile raises the SyntaxError (or IndentationError) at
# the import; the module is not left in sys.modules. The last import is uncaught.
import sys
import traceback

for name in ('unclosed', 'unindented', 'toplevel_return', 'bad_nonlocal'):
    full = 'imports__syntax_error_pkg.' + name
    try:
        __import__(full)
    except SyntaxError as error:
        print(type(error).__name__, error.msg, error.lineno, error.offset, error.end_lineno,
              error.end_offset, repr(error.text), error.filename.endswith(name + '.py'))
        print(''.join(traceback.format_exception_only(error)), end='')
    print(full in sys.modules)

import imports__syntax_error_pkg.unindented

import io
import warnings

buffer = io.StringIO()
warnings.showwarning(('custom message'), UserWarning, 'file.py', 10, file=buffer, line='code()')
print(repr(buffer.getvalue()))

def my_format(message, category, filename, lineno, line=None):
    return f'[{category.__name__}] {message} @{lineno}\n'

original_format = warnings.formatwarning
warnings.formatwarning = my_format
warnings.warn('formatted by hook')
warnings.formatwarning = original_format

collected = []
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = lambda *args: collected.append(args[:4])
    warnings.warn('to the hook', ResourceWarning)
    warnings.warn('again', ResourceWarning)
print([(str(m), c.__name__, l) for m, c, f, l in collected])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn_explicit('explicit message', UserWarning, 'virtual.py', 99, module='virtual')
    warnings.warn_explicit(UserWarning('instance message'), None, 'virtual.py', 100)
print([(w.filename, w.lineno, str(w.message)) for w in log])
try:
    with warnings.catch_warnings() as cm:
        pass
    cm.__exit__(None, None, None)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    warnings.simplefilter('sometimes')
except AssertionError as e:
    print('AssertionError', e)
warnings.warn('final shown warning', SyntaxWarning)

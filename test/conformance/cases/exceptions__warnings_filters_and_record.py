import warnings

def emit(n):
    warnings.warn(f'repeat {n % 2}', UserWarning)

for i in range(4):
    emit(i)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('first', RuntimeWarning)
    warnings.warn('second')
    warnings.warn(DeprecationWarning('as instance'))
print(len(caught))
for w in caught:
    print(w.category.__name__, str(w.message), w.lineno, w.filename == __file__)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('ignore')
    warnings.warn('hidden')
print('ignored', caught)

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('boom', UserWarning)
    except UserWarning as e:
        print('raised', type(e).__name__, e)

with warnings.catch_warnings(record=True) as caught:
    warnings.filterwarnings('ignore', message='skip.*')
    warnings.filterwarnings('always', category=UserWarning)
    warnings.warn('skip me')
    warnings.warn('keep me')
    warnings.warn('Skip case insensitive')
print([str(w.message) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('once')
    for _ in range(3):
        warnings.warn('only once', UserWarning)
print(len(caught))

print(warnings.formatwarning('msg', UserWarning, 'file.py', 12, 'x = 1'), end='')
print(warnings.formatwarning('msg', SyntaxWarning, 'file.py', 12, ''), end='')
print(str(warnings.WarningMessage('m', UserWarning, 'f.py', 3)))

def deprecated_api():
    warnings.warn('deprecated_api is deprecated', DeprecationWarning, stacklevel=2)

deprecated_api()
print(warnings.filters[:2] == [('default', None, DeprecationWarning, '__main__', 0), ('ignore', None, DeprecationWarning, None, 0)] or warnings.filters[0][0])

def custom_show(message, category, filename, lineno, file=None, line=None):
    print('custom:', category.__name__, message, lineno)

old = warnings.showwarning
warnings.showwarning = custom_show
warnings.warn('through custom hook')
warnings.showwarning = old
warnings.warn_explicit('explicit', SyntaxWarning, 'other.py', 7)
try:
    warnings.warn('bad', int)
except TypeError as e:
    print('TypeError', e)
warnings.warn('at the end', FutureWarning)

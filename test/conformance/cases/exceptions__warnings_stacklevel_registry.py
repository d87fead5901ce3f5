import warnings

def library_call():
    warnings.warn('library deprecation', UserWarning, stacklevel=2)

def wrapper():
    library_call()

for _ in range(3):
    library_call()
wrapper()
wrapper()
warnings.warn('module level', RuntimeWarning)
registry = globals().get('__warningregistry__', {})
print(sorted(k[0] for k in registry if k != 'version'))
print(registry.get('version') is not None)

def too_deep():
    warnings.warn('from far away', UserWarning, stacklevel=50)
too_deep()

class CustomWarning(UserWarning):
    pass

warnings.warn(CustomWarning('custom instance'))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    for _ in range(2):
        warnings.warn('default once', UserWarning)
    warnings.warn('module', DeprecationWarning)
print([(w.category.__name__, str(w.message)) for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('module')
    for i in range(2):
        warnings.warn('per module', UserWarning)
print(len(log))
with warnings.catch_warnings(action='ignore'):
    warnings.warn('silenced')
print(repr(warnings.catch_warnings(record=True)))
warnings.warn('last one, lineno 43')

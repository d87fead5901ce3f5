import warnings

warnings.filterwarnings('error', category=DeprecationWarning)

def old_api():
    warnings.warn('old_api() is deprecated; use new_api()', DeprecationWarning, stacklevel=2)
    return 'unreachable'

print('before')
try:
    old_api()
except DeprecationWarning as e:
    print('caught', e, e.args)
warnings.resetwarnings()
print(warnings.filters)
warnings.warn('after reset', DeprecationWarning)
warnings.simplefilter('error')
old_api()

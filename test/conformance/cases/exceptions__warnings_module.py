import warnings
warnings.warn('plain warning')
warnings.warn('deprecated thing', DeprecationWarning)
warnings.warn('user warning shown', UserWarning, stacklevel=1)
def old():
    warnings.warn('old() is deprecated', FutureWarning, stacklevel=2)
old()
print('stdout after warnings')

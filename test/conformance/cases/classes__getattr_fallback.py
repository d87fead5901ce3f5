class Dynamic:
    existing = 'real'
    def __getattr__(self, name):
        if name.startswith('auto_'):
            return name[5:]
        raise AttributeError(f'no attribute {name!r}')
d = Dynamic()
print(d.existing, d.auto_hello, getattr(d, 'auto_x', 'dflt'), getattr(d, 'other', 'dflt'))
print(hasattr(d, 'auto_y'), hasattr(d, 'zzz'))
d.other

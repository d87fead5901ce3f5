class P:
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'p-str'
    def __format__(self, spec):
        return f'P formatted with {spec!r}'
p = P()
print(f'{p}', f'{p!r}', f'{p!s}', f'{p:xyz}', f'{p!r:>6}', f'{p!s:*<8}')

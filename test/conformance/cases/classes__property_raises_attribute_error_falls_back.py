class C:
    @property
    def broken(self):
        raise AttributeError('inner problem')
    def __getattr__(self, name):
        return f'fallback for {name}'
print(C().broken)

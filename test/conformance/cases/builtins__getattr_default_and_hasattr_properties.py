class C:
    @property
    def bad(self):
        raise ValueError('property error')
c = C()
try:
    hasattr(c, 'bad')
except ValueError as e:
    print('hasattr propagates non-AttributeError:', e)
print(getattr(c, 'nothing', 'default'), hasattr(c, 'nothing'))
getattr(c, 'bad', 'default')

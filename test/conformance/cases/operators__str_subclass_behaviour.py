class Tag(str):
    def __str__(self):
        return f'<{super().__str__()}>'
t = Tag('b')
print(t, str(t), repr(t), f'{t}', '%s' % t, t + 'x', type(t + 'x').__name__, t.upper(), type(t.upper()).__name__)
print('{}'.format(t), format(t), [t], t == 'b', {t: 1}['b'])

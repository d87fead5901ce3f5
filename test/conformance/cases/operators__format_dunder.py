class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == 'usd':
            return f'${self.v:.2f}'
        return format(self.v, spec)
m = Money(3.5)
print(f'{m:usd}', f'{m:>8}', format(m, 'usd'), '{:usd}'.format(m), f'{m}')
class NoFormat:
    def __str__(self):
        return 'nf'
print(f'{NoFormat()}', format(NoFormat()), '{}'.format(NoFormat()))
try:
    format(NoFormat(), 'x')
except TypeError as e:
    print(e)

class Stamp:
    def __init__(self, h, m):
        self.h, self.m = h, m
    def __format__(self, spec):
        if spec == 'hm':
            return f'{self.h:02d}:{self.m:02d}'
        return f'{self.h}h{self.m}m'
t = Stamp(9, 5)
print(f'{t:hm}', f'{t}', format(t, 'hm'), '{:hm}'.format(t))

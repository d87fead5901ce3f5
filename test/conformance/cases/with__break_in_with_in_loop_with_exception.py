class CM:
    def __init__(self, i):
        self.i = i
    def __enter__(self):
        return self.i
    def __exit__(self, et, ev, tb):
        print('exit', self.i, et.__name__ if et else None)
        return et is ValueError
for i in range(4):
    with CM(i) as v:
        if v == 1:
            raise ValueError
        if v == 2:
            break
    print('loop after with', i)

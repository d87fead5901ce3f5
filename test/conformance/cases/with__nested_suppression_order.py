class Log:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name)
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None)
        return self.suppress
with Log('outer'):
    with Log('middle', suppress=True):
        with Log('inner'):
            raise KeyError
    print('after middle')

class Res:
    def __init__(self, name):
        self.name = name
    def close(self):
        raise OSError(f'cannot close {self.name}')
r = Res('file')
try:
    r.close()
except OSError as e:
    print(e, e.errno, e.args)

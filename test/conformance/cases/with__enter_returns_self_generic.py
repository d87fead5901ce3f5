class File:
    def __init__(self):
        self.closed = False
        self.lines = []
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.closed = True
    def write(self, s):
        self.lines.append(s)
with File() as f:
    f.write('a')
    f.write('b')
print(f.lines, f.closed)

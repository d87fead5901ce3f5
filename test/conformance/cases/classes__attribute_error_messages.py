class C:
    def __init__(self):
        self.value = 1
c = C()
try:
    c.missing
except AttributeError as e:
    print(e, e.name, e.obj is c)
try:
    C.missing
except AttributeError as e:
    print(e)
try:
    (5).real = 2
except AttributeError as e:
    print(e)
try:
    [].nope
except AttributeError as e:
    print(e)
try:
    del c.missing
except AttributeError as e:
    print(e)
c.valeu

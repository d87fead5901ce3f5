class C:
    pass
try:
    C(1)
except TypeError as e:
    print(e)
class D:
    def __init__(self):
        pass
try:
    D(1, 2)
except TypeError as e:
    print(e)
object(1)

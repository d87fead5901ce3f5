class Odd:
    def __eq__(self, o):
        print('__eq__ called')
        return False
o = Odd()
print(o in [o], [o] == [o], (o,) == (o,), {o: 1}[o] if hasattr(Odd, '__hash__') and Odd.__hash__ else 'unhashable')
print([o].count(o), o == o)

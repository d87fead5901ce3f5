from collections.abc import Sequence
class Seq(Sequence):
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
match Seq():
    case [a, b, c]:
        print('custom Sequence matched', a, b, c)
match iter([1, 2]):
    case [a, b]:
        print('iterator matched?')
    case _:
        print('iterators are not sequences')
match {'k': 1}.keys():
    case [k]:
        print('keys view matched?')
    case _:
        print('dict views are not sequences')

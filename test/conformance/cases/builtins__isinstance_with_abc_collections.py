from collections.abc import Iterable, Sequence, Mapping, Hashable, Callable, Sized, Iterator
print(isinstance([], Iterable), isinstance({}, Mapping), isinstance((), Sequence), isinstance('s', Sequence))
print(isinstance([], Hashable), isinstance(1, Hashable), isinstance(len, Callable), isinstance(iter([]), Iterator))
print(isinstance({}, Sequence), isinstance(set(), Sized), issubclass(dict, Mapping), issubclass(list, Mapping))

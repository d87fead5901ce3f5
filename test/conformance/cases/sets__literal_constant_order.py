# Set literals of constants are frozenset constants that CPython builds two or three times (a third
# time when a direct str item is name-like, as code objects intern those); colliding items can move.
print({"hello'", 14, False, 'b'})
print({'x y', 163948, 'a'})
print({'42\t', '42\u00e9', 'b', "b'"})
print({0, 'a-b-c', 'b', 78})
print({'ab', 'x y', 'a', 'b'})
print({'', 9, False, 'ab'}, {'', 9, False, 'a b'})
x = 'b'
print(x in {'b', 'c', 1, 2.5}, [v for v in {'q', 'r_1', 7, -1, -2}])
for item in {'z', 'y', 'x', 'w', 0, 1}:
    print(item, end=' ')
print()

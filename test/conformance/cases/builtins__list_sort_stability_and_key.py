people = [('bob', 25), ('ann', 30), ('cid', 25), ('dan', 30), ('eve', 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(['b', 'A', 'c', 'B'], key=str.lower), sorted([3, -1, -2], key=abs))
print(sorted([[2, 'b'], [1, 'z'], [2, 'a']]), sorted('hello', reverse=True))
try:
    [1, 'a'].sort()
except TypeError as e:
    print(e)
try:
    sorted([1], key=5)
except TypeError as e:
    print(e)

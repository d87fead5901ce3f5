import bisect
from bisect import bisect_left, bisect_right, insort, insort_left, insort_right


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


a = [1, 2, 4, 4, 4, 8, 9]
print([bisect_left(a, x) for x in range(11)])
print([bisect_right(a, x) for x in range(11)], bisect.bisect(a, 4), bisect_left(a, 4, 3), bisect_right(a, 4, 0, 3))
print(bisect_left(a, 4, hi=2), bisect_left([], 1), bisect_right(a, 4, lo=5), bisect_left(a, 100, 2, None))
insort(a, 3)
insort_left(a, 4)
insort_right(a, 4.0)
insort(a, 0)
print(a)
records = [(1, 'a'), (3, 'b'), (5, 'c')]
print(bisect_left(records, 3, key=lambda r: r[0]), bisect_right(records, 3, key=lambda r: r[0]))
insort(records, (4, 'x'), key=lambda r: r[0])
insort_left(records, (3, 'y'), key=lambda r: r[0])
print(records)


def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
show(lambda: bisect_left([1], 1, -1))
show(lambda: bisect_left(1, 1))
show(lambda: bisect_left([1, 2, 3], 2, 0, 10))
show(lambda: insort([1], 0, -1))
show(lambda: bisect_left([1, 'a'], 2))
words = sorted(['apple', 'fig', 'banana', 'kiwi'])
print(words, bisect_left(words, 'c'), bisect_right(words, 'fig'))
lis = []
for v in [10, 9, 2, 5, 3, 7, 101, 18]:
    i = bisect_left(lis, v)
    if i == len(lis):
        lis.append(v)
    else:
        lis[i] = v
print(len(lis), lis)
print(bisect_right([1.0, 2.0], 1), bisect_left(range(0, 100, 5), 42), bisect_left('aceg', 'd'))

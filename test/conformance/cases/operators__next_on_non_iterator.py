try:
    next([1, 2])
except TypeError as e:
    print(e)
it = iter('ab')
print(next(it), next(it), next(it, None))
next(5)

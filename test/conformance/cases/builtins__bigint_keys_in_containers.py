# Big ints (and tuples holding them) as dict keys and set members: equal to the small ints their
# hashes reduce to only when the values are equal.
d = {(2**64 - 1, 59): 1, 2**64 - 1: 2, 2**100: 3, -2**70: 4, (2**61 - 1, -2**61): 5}
print(d[(2**64 - 1, 59)], d[2**64 - 1], d[2**100], d[-2**70], d[(2**61 - 1, -2**61)])
print(7 in d, hash(2**64 - 1) == hash(7), (2**64 - 1) == 7)
s = {2**64 - 1, 7, 2**61 - 1, 0, 2**61, 1}
print(len(s), sorted(s))
try:
    d['hello']
except KeyError as error:
    print(repr(error))
print(d[(2**64 - 1, 60)])

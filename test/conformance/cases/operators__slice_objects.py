class Show:
    def __getitem__(self, k):
        return k
s = Show()
print(s[1:2], s[:], s[::3], s[1:2, 3], s[:, None])
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step, sl.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
print(list(range(10))[sl], 'abcdef'[slice(None, None, 2)])
try:
    [1][::0]
except ValueError as e:
    print(e)

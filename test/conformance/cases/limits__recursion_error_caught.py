import sys
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(900 < d < 1000, sys.getrecursionlimit())
def again():
    return again()
try:
    again()
except RecursionError as e:
    print(type(e).__name__, e)
print('recovered after RecursionError')

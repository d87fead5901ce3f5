import sys
sys.setrecursionlimit(60)
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
print(down(40))
try:
    down(100)
except RecursionError as e:
    print('RecursionError at low limit:', e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)

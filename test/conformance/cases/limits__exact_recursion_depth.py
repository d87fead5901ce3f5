import sys
depth = 0
def dive():
    global depth
    depth += 1
    dive()
try:
    dive()
except RecursionError:
    print('max depth reached at', depth)
depth = 0
sys.setrecursionlimit(200)
try:
    dive()
except RecursionError:
    print('with limit 200:', depth)

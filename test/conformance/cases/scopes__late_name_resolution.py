def caller():
    return helper()
def helper():
    return 'helper found at call time'
print(caller())
def helper():
    return 'helper rebound'
print(caller())
def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)
print(recursive(6))

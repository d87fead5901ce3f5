# Raising and catching exceptions in a loop.
class Invalid(Exception):
    pass

def check(i):
    if i % 3 == 0:
        raise Invalid(i)
    return i

caught = 0
total = 0
for i in range(400_000):
    try:
        total += check(i)
    except Invalid:
        caught += 1
    finally:
        total += 1
print(caught, total)

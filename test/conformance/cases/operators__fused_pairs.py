# Instruction pairs the VM runs as one (a local and a local, a local and a constant, a comparison and
# its jump, a store and a load): every operand kind, unbound locals on either side, and jumps that
# land between the two instructions of a pair.


class Loud:
    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        print("lt", self.value, other.value)
        return self.value < other.value

    def __bool__(self):
        raise RuntimeError("no truth")


def pairs(a, b):
    print(a + b, a if isinstance(a, str) else a * b)
    print(a < b, a <= b, a == b, a != b, a > b, a >= b)
    if a < b:
        print("lt")
    if not a >= b:
        print("not ge")
    while a > b:
        print("gt once")
        break
    x = a
    y = x
    return y


for a, b in [(1, 2), (2, 1), (2**40, 2**40 + 1), (1.5, 2), (2, 1.5), ("a", "b"), (-3, -3)]:
    print(pairs(a, b))

print(Loud(1) < Loud(2))
if Loud(3) < Loud(2):
    print("unreached")


class Odd:
    def __lt__(self, other):
        return Loud("odd")


try:
    if Odd() < Odd():
        print("unreached")
except RuntimeError as error:
    print("error", error)


def first_unbound():
    if False:
        a = 1
    b = 2
    return a + b


def second_unbound():
    a = 1
    if False:
        b = 2
    return a + b


def store_then_unbound():
    a = 1
    del b
    return a


def store_then_load_unbound():
    a = 1
    b = a
    del a
    c = b
    return c + a


for function in (first_unbound, second_unbound, store_then_unbound, store_then_load_unbound):
    try:
        function()
    except (UnboundLocalError, NameError) as error:
        print(type(error).__name__, error)


def loop_into_pair(n):
    # The loop's jump lands on the second instruction of a pair (`i < n` after `i = i + 1`).
    i = 0
    total = 0
    while i < n:
        total = total + i
        i = i + 1
    while not i < 0:
        i = i - 3
    return total, i


print(loop_into_pair(10), loop_into_pair(0))
print([x for x in range(10) if x < 5 and not x > 2])
try:
    print(1 < "a")
except TypeError as error:
    print(error)
try:
    if 1 < "a":
        pass
except TypeError as error:
    print(error)

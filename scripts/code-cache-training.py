# The training run of the CLI's code cache (scripts/bundle-cli.mjs): a little of everything programs
# commonly do, so the cache holds the bytecode of the interpreter functions they use. It prints
# nothing; what it computes is checked with assert, so a broken build fails here.
import math
from collections import Counter, defaultdict


class Account:
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"bad amount {amount!r}")
        self.balance += amount
        return self

    @property
    def label(self):
        return f"{self.owner}: {self.balance:,.2f}"

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def squares(limit):
    for value in range(limit):
        if value % 3:
            yield value * value


def primes(limit):
    sieve = [True] * limit
    found = []
    for number in range(2, limit):
        if sieve[number]:
            found.append(number)
            for multiple in range(number * number, limit, number):
                sieve[multiple] = False
    return found


accounts = [Account(name).deposit(len(name) * 1.5) for name in ("ada", "grace", "alan")]
try:
    accounts[0].deposit(-1)
except ValueError as error:
    message = str(error)
assert message == "bad amount -1"
assert [account.label for account in accounts][1] == "grace: 7.50"
assert fib(15) == 610
assert sum(squares(100)) == 215589
assert primes(50)[-3:] == [41, 43, 47]

words = "the quick brown fox jumps over the lazy dog the end".split()
counts = Counter(words)
by_length = defaultdict(list)
for word in words:
    by_length[len(word)].append(word.upper())
index = {word: position for position, word in enumerate(words)}
unique = {word[0] for word in words}
ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
assert ordered[0] == ("the", 3) and index["dog"] == 8 and len(unique) == 9
assert ",".join(sorted(by_length[5])) == "BROWN,JUMPS,QUICK"

text = "-".join(f"item{i}:{i * 2}" for i in range(200))
assert text.count("item") == 200 and text.replace("-", "_").startswith("item0:0_")
assert "%s=%5.2f|%d" % ("x", math.pi, 7) == "x= 3.14|7"
assert "{:>8}|{:<4}|{:^5}".format("right", "l", "c") == "   right|l   |  c  "
assert round(2.675, 2) == 2.67 and 7 // 2 == 3 and -7 % 3 == 2 and 2**100 % 1000 == 376
assert str(1 / 3) == "0.3333333333333333" and repr(1e16) == "1e+16"
assert math.isclose(sum(x * 0.1 for x in range(10)), 4.5)
matrix = [[row * 3 + column for column in range(3)] for row in range(3)]
assert [list(column) for column in zip(*matrix)][0] == [0, 3, 6]
pairs = dict(zip("abc", range(3)))
pairs |= {"d": 3}
assert list(pairs.items())[-1] == ("d", 3) and max(pairs, key=pairs.get) == "d"
stack = list(range(10))
while stack:
    top = stack.pop()
    if top == 3:
        break
assert stack == [0, 1, 2]
match {"kind": "point", "x": 1, "y": 2}:
    case {"kind": "point", "x": x, "y": y}:
        assert (x, y) == (1, 2)
    case _:
        raise AssertionError("no match")

def count(n):
    i = 0
    while i < n:
        x = yield i
        if x: print("got", x)
        i += 1
g = count(3)
print(list(g))
g = count(5)
print(next(g), g.send("hi"), next(g))
def deleg():
    r = yield from count(2)
    yield r
print(list(deleg()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
print(sum(x*x for x in range(10)), list(x for x in "abc" if x != "b"))
sq = {x: x*x for x in range(4)}
print(sq, {x % 3 for x in range(10)}, [[y for y in range(x)] for x in range(3)])
def closure():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    return add
a = closure(); a(1); print(a(5))
lst = [3, 1, 2]
lst.sort(key=lambda v: -v)
print(lst, sorted("bca"), max([1, 5, 2], key=lambda x: -x), min(3, 1, 2))
print(f"{3.14159:.2f} {42:05d} {'x':>5} {1234567:,} {255:x} {0.5:%} {'a'!r}")
name = "w"
print(f"{name=}", f"{1+1=}")
print("%s is %d years, %.2f" % ("bob", 30, 1.234), "%r" % "x", "%5s|%-5s|" % ("a", "b"))
print("{} {:>3} {name}".format(1, 2, name="n"), "{0[1]}".format([5, 6]))
t = (1, 2, 3)
a, *b = t
print(a, b, *t, sep="-")
print(list(enumerate("ab", 1)), list(zip([1, 2], "ab")), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
print(list(reversed([1, 2, 3])), any([]), all([]), divmod(7, 2), pow(2, 10, 7), abs(-3.5), round(2.5), round(3.14159, 2))
print(chr(65), ord("a"), bin(5), hex(255), oct(8), int("ff", 16), float("1e3"), str(1.0), bool([]))
d = {"b": 2, "a": 1}
for k, v in sorted(d.items()): print(k, v, end=";")
print()
print(d.get("z", 0), list(d.keys()), list(d.values()), d.pop("a"), d)
s = set([1, 2, 3]) & {2, 3, 4}
print(s, s | {9}, {1, 2} - {2}, {1, 2} ^ {2, 3}, 2 in s)
print("a,b,c".split(","), " x ".strip(), "-".join(["a", "b"]), "abc".upper(), "hello world".title(), "aaa".replace("a", "b", 2))
print("abc"[::-1], "abcdef"[1:4], [1,2,3,4][::2], "abc".find("c"), "abc".startswith(("x", "a")))
match (1, 2):
    case (1, x):
        print("matched", x)
    case _:
        print("no")
def kw(a, /, b, *, c=3): return a, b, c
print(kw(1, b=2), kw(1, 2, c=4))
x = 10
def g(): 
    global x
    x = 20
g(); print(x)
print(type(1), type(1.0), type("s"), type([]), type(None), type(True), 10 / 4, 10 // 4, 2 ** -1, 7 % -3)
print(1 < 2 < 3, 1 == 1.0, "a" < "b", [1, 2] < [1, 3], (1, 2) == (1, 2), None is None)
print(int(3.9), int(-3.9), float(3), 0.1 + 0.2, 1e16, 1.5e-7, 3.0 * 2, 1/3)
print(isinstance(True, int), True + True, hash(1) == hash(1.0), {1: "a", 1.0: "b"})

# Syntax errors (strings): CPython 3.11's message and location for each case.
f"{a b}"
# ----
a = f"{x!z}"
# ----
f"{x}" = 1
# ----
print(f"{x!}")
# ----
print(f"{}")
# ----
print(f"{x=!r:>10}")
# ----
f"{lambda x: 1}"
# ----
x = b"é"
# ----
x = "\x4"
# ----
x = "\N{FOO}"
# ----
x = b"a" "b"
# ----
x = u"a" b"b"

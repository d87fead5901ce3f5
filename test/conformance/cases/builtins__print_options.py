import sys
print("a", "b", sep="-", end="!\n")
print(1, 2, 3, sep="")
print("to stderr", file=sys.stderr)
sys.stdout.write("direct\n")
print(*[1, 2, 3])
print()
print("x", end="")
print("y")

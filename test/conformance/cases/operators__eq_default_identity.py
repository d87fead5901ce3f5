class C:
    pass
a = C()
b = a
print(a == b, a == C(), a != C(), a is b, a is not C())
print([a] == [a], [C()] == [C()], a in [C(), a])
nan = float('nan')
print(nan == nan, [nan] == [nan], nan in [nan], (nan,) == (nan,))

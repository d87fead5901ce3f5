counter = 0
def bump():
    global counter
    counter += 1
for _ in range(3): bump()
print(counter, globals()["counter"], "bump" in globals())
def loc():
    a = 1; b = 2
    return sorted(locals().items())
print(loc())
class K:
    attr = 5
    doubled = [attr * 2 for _ in range(1)] if False else None
print(K.attr)

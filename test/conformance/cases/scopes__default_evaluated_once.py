def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2))
def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))
n = 5
def uses_default(v=n):
    return v
n = 6
print(uses_default())

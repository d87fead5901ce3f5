def parse_all(items):
    for item in items:
        yield parse(item)
def parse(item):
    return int(item)
for value in parse_all(['1', '2', 'three']):
    print(value)

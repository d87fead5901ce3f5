def parse(values):
    return {v: int(v) for v in values}
print(parse(['1', '2']))
parse(['3', 'four'])

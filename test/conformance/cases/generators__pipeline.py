def read(lines):
    for line in lines:
        yield line.strip()
def parse(lines):
    for line in lines:
        if line and not line.startswith('#'):
            key, _, value = line.partition('=')
            yield key.strip(), value.strip()
def to_dict(pairs):
    return dict(pairs)
text = ['# comment', 'a = 1', '', 'b=two  ', 'c = 3']
print(to_dict(parse(read(text))))

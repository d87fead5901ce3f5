def handle(event):
    match event:
        case {'type': 'click', 'pos': (x, y)}:
            return f'click at {x},{y}'
        case {'type': 'key', 'key': str(k), **rest}:
            return f'key {k} extra {rest}'
        case {'type': t}:
            return f'unknown type {t}'
        case {}:
            return 'empty mapping'
for e in [{'type': 'click', 'pos': (1, 2)}, {'type': 'key', 'key': 'a', 'mod': 'ctrl'},
          {'type': 'scroll'}, {'other': 1}, {'type': 'click', 'pos': 5}]:
    print(handle(e))
print(handle([]))

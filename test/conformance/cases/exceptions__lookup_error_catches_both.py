def get(container, key):
    try:
        return container[key]
    except LookupError as e:
        return f'{type(e).__name__}: {e}'
print(get([1], 5), get({'a': 1}, 'b'), get('s', 1), get(range(2), -3))

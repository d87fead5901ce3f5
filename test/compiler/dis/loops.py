def total(items):
    result = 0
    for item in items:
        if item is None:
            continue
        if item < 0:
            break
        result += item
    else:
        result = -1
    return result

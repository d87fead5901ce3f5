def fmt(v):
    return v.upper()
print(f'value: {fmt(42)}')

big = 12345678901234567890
print(f'{big:,}', f'{big:_x}', f'{-big:>30,}', f'{big:e}', f'{10**3:,d}', f'{1000000:_b}'[:20])
try:
    f'{1:,x}'
except ValueError as e:
    print(e)

for v in [7, -7, 7.5, -7.5]:
    print(f'[{v:*>+8}] [{v:0=8}] [{v:08.2f}] [{v:^+9.1f}] [{v:<8}]')
print(f'{True}', f'{True:d}', f'{True:>5}', f'{None!s:>6}', f'{None!r}')

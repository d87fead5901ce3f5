a = f'{f'{f'{1}'}'}'
b = f"{'nested' + f"{x}"}" f'{"a" if x else "b"}'
c = f'''{
    x
    + 1
}''' f"""text
{x:>10}
more"""
d = f'{(lambda: 1)()}' f'{(y := 3)}' f'{ {"k": 1}["k"] }' f'{[1, 2][0]}'
e = f'\N{BULLET} {a}' f'{a}\{b}' rf'\{a}' f'\\{a}' f'\'{a}\''
g = f'{a:{b}{c}}' f'{a!r:^{w}}' f'{a=!r:>10}'

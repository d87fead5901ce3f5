inner = 'in'
print(f'outer {f"middle {inner}"} end', f"{'a' + 'b'}", f'''{"x"!r}''', f'{f"{1 + 1}"}')
print(f'{ "{" }', f'{"}"}', f'{{}}', f'{{{inner}}}')

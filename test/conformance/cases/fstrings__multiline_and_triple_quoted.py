name = 'x'
text = f'''line one {name}
line two {1 + 1}
'''
print(text, end='')
print(f"""{
    name
    .upper()
}""")
print(f'a' f'{name}' 'plain' f"{name!r}")

names = ['a', 'b']
print(f'{"\n".join(names)}')

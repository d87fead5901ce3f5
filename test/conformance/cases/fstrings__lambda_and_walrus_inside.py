print(f'{(lambda x: x * 2)(3)}', f'{(y := 10) + y}', y)
data = {'a': [1, 2, 3]}
print(f'{data["a"][1:]}', f'{",".join(str(v) for v in data["a"])}', f'{sum(data["a"]) / len(data["a"]):.1f}')

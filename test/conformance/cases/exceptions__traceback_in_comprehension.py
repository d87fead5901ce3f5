values = ['1', '2', 'x']
nums = [int(v) for v in values]

values = ['10', '20', '3.5']
total = sum(int(v) for v in values)

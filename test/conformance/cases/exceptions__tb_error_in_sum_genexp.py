prices = ['1.5', '2.0', 'n/a']
total = sum(float(p) for p in prices)

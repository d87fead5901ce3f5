rows = [{'n': 2}, {'n': 1}, {'m': 0}]
rows.sort(key=lambda r: r['n'])

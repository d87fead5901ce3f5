records = [{'age': 30}, {'age': None}, {'age': 25}]
print(sorted(r['age'] for r in records if r['age'] is not None))
sorted(records, key=lambda r: r['age'])

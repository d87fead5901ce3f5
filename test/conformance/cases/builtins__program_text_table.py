rows = [('Alice', 34, 1234.5), ('Bob', 5, 99.999), ('Charlotte', 102, 0.5)]
headers = ('Name', 'Age', 'Balance')
widths = [max(len(str(r[i])) for r in rows + [headers]) for i in range(3)]
line = '+' + '+'.join('-' * (w + 2) for w in widths) + '+'
print(line)
print('| ' + ' | '.join(h.ljust(w) for h, w in zip(headers, widths)) + ' |')
print(line)
for name, age, bal in rows:
    print(f'| {name:<{widths[0]}} | {age:>{widths[1]}} | {bal:>{widths[2]},.2f} |')
print(line)

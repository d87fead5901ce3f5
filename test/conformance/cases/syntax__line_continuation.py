total = 1 + \
    2 + \
    3
items = [
    1,
    2,  # comment inside brackets
    3,
]
call = max(
    4,
    5
)
text = ('implicit '
        'concatenation')
print(total, items, call, text)
if total > 1 and \
   call > 1:
    print('continued condition')

def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
print([classify(v) for v in (-5, 0, 3, 42)])
if []:
    print('no')
elif {}:
    print('no')
elif 0.0:
    print('no')
else:
    print('all falsy')

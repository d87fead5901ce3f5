for i in range(4):
    for j in range(4):
        if j == 2:
            break
        if (i + j) % 2:
            continue
        print(i, j)
    else:
        print('inner no break')
    if i == 2:
        continue
    print('end of', i)
count = 0
while True:
    count += 1
    if count < 3:
        continue
    if count > 5:
        break
    print('count', count)

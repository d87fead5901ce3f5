for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    finally:
        print('finally', i)
print('after loop', i)
def nested():
    out = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    break
                out.append(i)
            finally:
                out.append(f'inner{i}')
        finally:
            out.append(f'outer{i}')
    return out
print(nested())

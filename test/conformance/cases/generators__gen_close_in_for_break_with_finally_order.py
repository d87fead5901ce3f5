def gen():
    try:
        for i in range(5):
            yield i
    finally:
        print('generator finalised')
g = gen()
for v in g:
    if v == 2:
        break
print('loop exited, closing explicitly')
g.close()
print('done')

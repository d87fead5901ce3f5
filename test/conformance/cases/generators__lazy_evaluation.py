def noisy(n):
    for i in range(n):
        print('producing', i)
        yield i
g = noisy(3)
print('created')
for v in g:
    print('consumed', v)
    if v == 1:
        break
print('after break')
gen_exp = (print('genexp', x) or x for x in range(2))
print('genexp created')
print(list(gen_exp))

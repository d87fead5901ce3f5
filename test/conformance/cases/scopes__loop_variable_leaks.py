for i in range(3):
    pass
print(i)
for k, v in [('a', 1)]:
    inner_def = k
print(k, v, inner_def)
while True:
    w = 'set in while'
    break
print(w)
if True:
    block_var = 'blocks do not scope'
print(block_var)
try:
    t = 'try body'
finally:
    f = 'finally body'
print(t, f)

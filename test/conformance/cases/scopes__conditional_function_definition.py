flag = True
if flag:
    def pick():
        return 'first'
else:
    def pick():
        return 'second'
print(pick())
def pick():
    return 'redefined'
print(pick())
for n in range(2):
    def numbered(n=n):
        return n
print(numbered())

if a:
    if b:
        if c:
            pass
# comment at column zero inside a block
        # comment at another column
    elif d:
      pass
    else:

        pass



x = 1
for i in x:
	tab_indented = 1
	if i:
		double_tab = 2
while x:
        eight_spaces = 1
        if x:
         nine = 2
class C:
    def f(self):
        return 1
    def g(self): return 2

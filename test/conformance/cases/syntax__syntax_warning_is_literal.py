x = 5
print(x is 5, x is not 'a')
print('SyntaxWarnings are printed at compile time, before this line runs')

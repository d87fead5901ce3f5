y = 1
return y + 2

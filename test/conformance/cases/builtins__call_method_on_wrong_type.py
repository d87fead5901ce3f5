data = 'a,b,c'
data.append('d')

line = '  name: value  '
field = line.strip().split(':')[2]

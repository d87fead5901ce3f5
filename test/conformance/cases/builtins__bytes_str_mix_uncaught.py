prefix = b'id:'
label = prefix + 'x1'

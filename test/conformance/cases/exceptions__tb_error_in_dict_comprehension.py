pairs = ['a=1', 'b=2', 'c']
config = {k: v for k, v in (p.split('=') for p in pairs)}

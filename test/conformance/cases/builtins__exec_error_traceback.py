src = '''
def helper():
    return 1 / 0
helper()
'''
exec(compile(src, 'generated.py', 'exec'))

import sys
for arg in [None, 0, 5, 'message', [1, 2], True]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
sys.exit([1, 2])

class BadEnter:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('exit should not run')
class Good:
    def __enter__(self):
        print('good enter')
    def __exit__(self, *a):
        print('good exit')
try:
    with Good(), BadEnter():
        print('body skipped')
except RuntimeError as e:
    print(e)

class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f'{what} not found')
        self.what = what
try:
    raise NotFound('user')
except AppError as e:
    print(type(e).__name__, e, e.what, e.args, repr(e))
class WithStr(Exception):
    def __str__(self):
        return 'custom str'
print(str(WithStr('x')), repr(WithStr('x')))
raise NotFound('config')

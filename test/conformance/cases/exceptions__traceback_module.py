import traceback
def inner():
    raise KeyError('tb module')
try:
    inner()
except KeyError:
    text = traceback.format_exc()
    print(text.replace(__file__, 'FILE'))
print(traceback.format_exception_only(ValueError, ValueError('only')))

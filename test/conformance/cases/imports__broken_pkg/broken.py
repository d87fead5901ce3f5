VALUE = 1
def fail():
    return {}['key']
fail()

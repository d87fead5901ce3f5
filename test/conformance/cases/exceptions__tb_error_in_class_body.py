class Config:
    defaults = {'a': 1}
    timeout = defaults['timeout']

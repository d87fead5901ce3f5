settings = {'debug': True}
print(settings['verbose'])

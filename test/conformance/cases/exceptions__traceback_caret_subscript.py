config = {'server': {'port': 80}}
print(config['server']['port'])
print(config['server']['host'])

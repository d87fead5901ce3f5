NAME = 'package init ran'
print('initialising', __name__)

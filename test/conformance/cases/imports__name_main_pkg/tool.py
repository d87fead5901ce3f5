ran_as_main = __name__ == '__main__'
if __name__ == '__main__':
    print('never printed when imported')

match = [1, 2]
match match:
    case [1, x]:
        print('matched', x)
case = 'case'
match case:
    case 'case':
        print('case as subject')

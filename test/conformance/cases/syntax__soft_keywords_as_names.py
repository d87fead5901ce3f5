match = 'match is a name'
case = 3
_ = 'underscore'
type = 'shadow type'
print(match, case, _, type)
def match_fn(match):
    return match * 2
print(match_fn(case))
match case:
    case 3:
        print('matched with soft keywords')

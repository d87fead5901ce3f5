from dataclasses import dataclass
@dataclass
class Move:
    dx: int
    dy: int = 0
def describe(cmd):
    match cmd:
        case Move(0, 0):
            return 'stay'
        case Move(dx, 0):
            return f'horizontal {dx}'
        case Move(dy=dy, dx=0):
            return f'vertical {dy}'
        case Move(dx, dy):
            return f'diagonal {dx},{dy}'
print(Move.__match_args__)
for m in [Move(0), Move(3), Move(0, 4), Move(1, 1)]:
    print(describe(m))

import sys
try:
    int('9' * 5000)
except ValueError as e:
    print(e)
print(len(str(int('9' * 4300))))
print(sys.int_info.str_digits_check_threshold, sys.int_info.default_max_str_digits)

import imports__name_main_pkg.tool as tool
print('main module __name__:', __name__)
print('tool __name__:', tool.__name__, tool.ran_as_main)
if __name__ == '__main__':
    print('guarded block runs in the script')

from tool import *
append(21, [])

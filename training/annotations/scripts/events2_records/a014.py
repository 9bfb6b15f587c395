from tool import *
append(14, [])

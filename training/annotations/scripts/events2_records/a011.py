from tool import *
append(11, [])

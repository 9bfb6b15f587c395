from tool import *
append(36, [
 ('SUPPORT','sided with','super PACs that sided with Cruz',[A('super PACs')],[A('Cruz')]),
 ('SUPPORT','supporters','one of his biggest supporters',[A('Club for Growth')],[A('Cruz')]),
])

from tool import *
append(2, [
 ('ACCUSE','accused','accused by the news media',[A('news media',None)],[A('Mannix')],'p'),
])

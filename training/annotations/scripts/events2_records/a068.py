from tool import *
append(68, [
 ('SUPPORT','supports','Inland Empire supports',[A('Inland Empire')],[A('Donald Trump')],'p'),
])

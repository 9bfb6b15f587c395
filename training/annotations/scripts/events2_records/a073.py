from tool import *
ZT=A('Zephyr Teachout'); T=A('Teachout'); PS=A('Paul Singer')
append(73, [
 ('REQUEST','Challenging','Isn’t Challenging Her Opponent',[A('This Democrat')],[A('Her Opponent')],'n'),
 ('REQUEST','Challenging','She’s Challenging A Donor',[A('Zephyr Teachout')],[A('A Donor')]),
 ('ACCUSE','go after','go after his donor',[T],[A('his donor')]),
 ('ACCUSE','criticized','she criticized Singer',[T],[A('Singer')]),
 ('REQUEST','challenged','challenged him to a debate',[T],[A('Singer')]),
 ('REQUEST','challenge you','I challenge you',[T],[PS]),
 ('ACCUSE','buy up representation','trying to buy up representation',[T],[PS]),
 ('ACCUSE','dismiss','an attempt to dismiss Faso',[T],[A('Faso')]),
 ('ACCUSE','attacked','relentlessly attacked',[A('Harry Reid')],[A('Koch brothers')]),
 ('ACCUSE','assailed','Sanders assailed',[A('Sanders')],[A('Hillary Clinton')]),
])

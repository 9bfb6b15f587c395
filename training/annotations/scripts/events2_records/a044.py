from tool import *
UNP=A('U.N. peacekeepers',None)
append(44, [
 ('ACCUSE','frame','will unmistakably attempt to frame',[A('President Barack Obama')],[A('Republican primary')],'h'),
 ('ASSAULT','detonated','who detonated in the middle',[A('the reported suicide bomber',None)],[]),
 ('ACCUSE','allegations','sexual abuse allegations',[],[A('its peacekeepers',None)]),
 ('ACCUSE','called','recently called them',[A('Ban Ki Moon',None)],[A('its peacekeepers',None)]),
 ('ACCUSE','discovered','Investigators discovered',[A('Investigators',None)],[UNP]),
])

from tool import *
T=A('Donald Trump'); BP=A('black people',None); P=A('Black Lives Matter protester',None)
append(16, [
 ('ACCUSE','Portray','To Portray Black People',[T],[BP]),
 ('ACCUSE','tweeted','on Sunday tweeted a chart',[T],[BP]),
 ('ASSAULT','physically assaulted','physically assaulted a Black Lives',[A('supporters',None)],[P],'p'),
 ('ASSAULT','kicked and punched','kicked and punched',[A('some of his supporters',None)],[P],'p'),
 ('REQUEST','yelling','reportedly yelling',[A('Trump')],[]),
 ('SUPPORT','defended','subsequently defended the incident',[A('Trump')],[]),
 ('ACCUSE','calling','calling the protester',[A('Trump')],[A('the protester',None)]),
 ('ASSAULT','roughed up','should have been roughed up',[],[A('the protester',None)],'h'),
])

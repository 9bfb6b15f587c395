from tool import *
T=A('Trump'); AM=A('Andy McCarthy')
append(121, [
 ('ACCUSE','trying to convince you','have been trying to convince you',[A('all the pundits')],[T]),
 ('ACCUSE','talking about Mexican rapists','talking about Mexican rapists',[T],[A('Mexican','MEX')]),
 ('ACCUSE','denounced','hysterically denounced him',[A('his critics')],[T]),
 ('ACCUSE','new tack','try a new tack',[A('his critics')],[T]),
 ('ACCUSE','wrote','at the now-defunct National Review wrote',[AM],[T]),
 ('ACCUSE','settled on','McCarthy settled on',[A('McCarthy')],[T]),
 ('ACCUSE','crazy policy','“had a crazy policy',[T],[A('Mitt Romney')]),
 ('ACCUSE','denounce','Trump would denounce',[T],[A('Romney')]),
 ('ACCUSE','attacks','despite unprecedented attacks',[A('the liberal and “conservative” media')],[T]),
 ('ACCUSE','denouncing','denouncing Rubio’s amnesty bill',[T],[A('Rubio')]),
])

from tool import *
T=A('Trump'); DT=A('Donald Trump')
append(75, [
 ('ACCUSE','claimed','Donald Trump claimed that Ferguson',[DT],[A('Ferguson')]),
 ('ACCUSE','Or Ferguson','Or Ferguson',[T],[A('Ferguson')]),
 ('PROTEST','protests','erupted in protests',[A('Ferguson')],[]),
 ('ASSAULT','fatally shot','fatally shot by a white police officer',[A('a white police officer')],[A('Michael Brown')]),
 ('ACCUSE','scrutiny','public scrutiny',[],[A('The town')]),
 ('ACCUSE','found','the Department of Justice found',[A('the Department of Justice')],[A("the city’s police force")]),
 ('REJECT','released a statement','The town released a statement',[A('The town')],[T]),
 ('REQUEST','welcomed','welcomed Trump to visit',[A('The town')],[T]),
 ('ACCUSE','race-baiting','divisive race-baiting',[A('The Democratic National Convention')],[T]),
 ('ACCUSE','lacks the judgment','he clearly lacks the judgment',[A('Virgie M. Rollins')],[T]),
 ('ACCUSE','fired back','also fired back',[A('Local politicians'),A('Lacy Clay')],[T]),
 ('ACCUSE','spoke out against','also spoke out against Trump',[A('Libby Schaaf')],[T]),
])

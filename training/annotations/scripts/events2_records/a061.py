from tool import *
ME=A('Maria Espinoza'); E=A('Espinoza'); JC=A('John Culberson')
append(61, [
 ('ACCUSE','isn’t working','Culberson just isn’t working',[E],[A('Culberson')]),
 ('ACCUSE','missed','he missed the second most votes',[E],[A('Culberson')]),
 ('ACCUSE','part of the problem','part of the problem',[E],[A('Culberson')]),
 ('ACCUSE','can no longer count on','can no longer count on',[E],[A('Culberson')]),
 ('SUPPORT','praised','She recently praised',[A('Maria Espinoza')],[A('Donald Trump')]),
 ('ACCUSE','speaking out','for speaking out against',[A('Donald Trump')],[A('illegal aliens',None)]),
 ('CONSULT','met','Trump met with Espinoza',[A('Trump')],[E,A('families of victims killed by illegal aliens')]),
 ('ACCUSE','attacks','faced down attacks',[A('the Liberal Left'),A('Establishment figures')],[A('Maria Espinoza')]),
])

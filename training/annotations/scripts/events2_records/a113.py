from tool import *
append(113, [
 ('ACCUSE','savaging','After savaging major party funders',[A('Trump')],[A('major party funders')]),
 ('ACCUSE','attacking','will focus solely on attacking Clinton',[A('The new project')],[A('Clinton')],'h'),
 ('ACCUSE','culture of corruption','the whole culture of corruption',[A('David Bossie')],[A('the Clintons')]),
])

from tool import *
MX=A('Mexico','MEX'); MG=A('Mexican government','MEX'); T=A('Trump'); AS=A('Arturo SarukhÃÂ¡n','MEX')
append(64, [
 ('REJECT','stand up to','Mexico to stand up to Trump',[MX],[T],'h'),
 ('ACCUSE','targeted','Trump has consistently targeted',[T],[A("the United States' southern neighbor",'MEX')]),
 ('THREATEN','threatening','threatening to cut off',[T],[MX]),
 ('ACCUSE','challenging','rather than publicly challenging',[MG],[T],'n'),
 ('REJECT','stand up','to stand up for Mexicans',[A('Mexican officials','MEX')],[],'h'),
 ('ACCUSE','anti-Mexican','anti-Mexican in particular',[A('a Mexican official','MEX')],[A('Donald Trump')]),
 ('ACCUSE','exacerbated mood','an exacerbated mood',[A('Claudia Ruiz Massieu','MEX')],[]),
 ('REJECT','played down','he played down',[A('BasÃÂ¡ÃÂ±ez','MEX')],[T]),
 ('REQUEST','must rebut','Mexico must rebut',[AS],[MX]),
 ('REQUEST','clear need','There is a clear need',[AS],[A('the Mexican government','MEX')]),
])

from tool import *
S=A('Sanders'); AS=A('Al Sharpton')
append(43, [
 ('REQUEST','calls','his calls to end',[S],[]),
 ('ACCUSE','corrupt','by a corrupt campaign-finance system',[S],[]),
 ('CONSULT','had breakfast','Sanders had breakfast',[S],[AS]),
 ('CONSULT','ate with','Sharpton ate with Barack Obama',[A('Sharpton')],[A('Barack Obama')]),
 ('REQUEST','asked for the meeting','asked for the meeting',[A('Sharpton')],[S]),
])

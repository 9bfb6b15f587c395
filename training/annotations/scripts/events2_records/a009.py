from tool import *
append(9, [
 ('ACCUSE','noted','a piece  that noted',[A('The Washington Post')],[A('Bernie Sanders')]),
 ('ACCUSE','had this to say','had this to say about his free-college',[A('Brookings Institution')],[A('Bernie Sanders')]),
])

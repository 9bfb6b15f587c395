from tool import *
BC=A('Bill Clinton'); HC=A('Hillary Clinton')
append(47, [
 ('SUPPORT','endorsement','ruminative endorsement',[A('the former president')],[HC]),
 ('SUPPORT','most amazing person','the most amazing person',[A('Bill Clinton')],[A('Hillary Clinton')]),
 ('SUPPORT','became better','everything she touched became better',[A('Bill Clinton')],[A('Hillary Clinton')]),
 ('SUPPORT','better qualified','better qualified by knowledge',[A('Clinton')],[HC]),
 ('SUPPORT',"can't blame","You can't blame Hillary",[A('Sara Walker')],[HC],'p'),
 ('REJECT','rebuffed','Hillary Clinton rebuffed',[HC],[A('a Republican heckler')]),
 ('ACCUSE','very rude',"You're very rude",[A('Clinton')],[A('Katherine Prudhomme O\'Brien')]),
 ('REJECT',"not going to ever call on you","I'm not going to ever call on you",[A('Clinton')],[A("Katherine Prudhomme O'Brien")]),
 ('ACCUSE','accused','After Hillary Clinton accused him',[HC],[A('Donald Trump')]),
 ('THREATEN','warned','he warned,',[A('Trump')],[A('the Clintons')]),
 ('ACCUSE','called','called the former president',[A('America Rising')],[BC]),
 ('ACCUSE','reinforces','Bill Clinton reinforces',[A('Jeff Bechdel')],[BC,A('Secretary Clinton')]),
])

from tool import *
NH=A('Nikki Haley'); WSJ=A('Wall Street Journal editorial board'); AC=A('Ann Coulter')
append(72, [
 ('ACCUSE','denounced','widely denounced tweet',[],[AC]),
 ('SUPPORT','defense','rousing defense of',[A('The editorial')],[A('the South Carolina governor')]),
 ('SUPPORT','“articulate conservative”','“articulate conservative”',[A('the editorial board')],[A('Haley')]),
 ('ACCUSE','distemper','GOP’s distemper',[A('the editorial board')],[A('GOP')]),
 ('ACCUSE','denounced','some conservatives denounced her',[A('some conservatives')],[A('Nikki Haley')]),
 ('REQUEST','tweeted','Coulter tweeted',[A('Coulter')],[A('Donald Trump')]),
 ('ACCUSE','called','Trump later called Haley',[A('Trump')],[A('Haley')]),
 ('REJECT','fought',"Who has fought President Obama",[NH],[A('President Obama')]),
 ('ACCUSE','lawsuit','in a lawsuit against Mr. Obama',[A('whose state')],[A('Mr. Obama')]),
 ('ACCUSE','attacks','The attacks on Ms. Haley',[],[A('Ms. Haley')]),
 ('ACCUSE','conclude','they conclude',[A('the editorial board')],[A('many on the right')]),
 ('CONCEDE','"a joke."','"a joke."',[A('Coulter')],[]),
])

from tool import *
HC=A('Hillary Clinton'); CF=A('Carly Fiorina'); DT=A('Donald Trump')
append(108, [
 ('ACCUSE','Skewered','Speech Skewered By',[CF],[A('Clinton')]),
 ('ACCUSE','painting','while painting her chief political rival',[HC],[DT]),
 ('ACCUSE','not a man we can trust','is not a man we can trust',[A('the Democratic nominee')],[A('A man you can bait with a tweet')]),
 ('ACCUSE','referenced','Clinton referenced Trump’s antics',[A('Clinton')],[A('Trump')]),
 ('ACCUSE','described','as described by FBI Director James Comey',[A('James Comey')],[A('Clinton')]),
 ('ACCUSE','opened up','Carly Fiorina opened up on Twitter',[CF],[A('Clinton')]),
])

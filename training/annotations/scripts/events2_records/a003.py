from tool import *
GZ=A('George Zimmerman'); TM=A('Trayvon Martin')
append(3, [
 ('ASSAULT','Kill','Gun Used To Kill',[GZ],[TM],'p'),
 ('ASSAULT','kill','he used to kill Trayvon',[GZ],[TM],'p'),
 ('ACCUSE','fight','use some of the money to “fight',[A('Zimmerman')],[A('BLM',None),A('Angela Correy'),A('Hillary Clinton')]),
 ('ACCUSE','charged','who charged Zimmerman',[A('Angela Corey')],[A('Zimmerman')]),
 ('ASSAULT','shot and killed','shot and killed Trayvon',[GZ],[TM],'p'),
 ('REJECT','claimed self-defense','claimed self-defense',[GZ],[]),
 ('RETREAT','returned','recently been returned to me',[A('Department of Justice')],[A('Zimmerman')]),
 ('ASSAULT','kill','by George Zimmerman to kill',[GZ],[TM],'p'),
 ('ACCUSE','attempts','as the attempts by the Department',[A('Zimmerman')],[A('Department of Justice'),A('B. Hussein Obama')]),
 ('COERCE','arrests','a number of arrests',[],[A('Zimmerman')]),
 ('ACCUSE','calling','calling President Barack Obama',[A('Zimmerman')],[A('Barack Obama')]),
 ('ACCUSE','killer','cold-blooded killer',[A('Hakeem Jeffries')],[A('Zimmerman')]),
 ('ACCUSE','peddling','this man is peddling',[A('Hakeem Jeffries')],[A('Zimmerman')]),
 ('REQUEST','must reject','America must reject',[A('Hakeem Jeffries')],[A('America')]),
])

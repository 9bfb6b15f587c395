from tool import *
HC=A('Hillary Clinton'); DT=A('Donald Trump'); BS=A('Bernie Sanders')
append(1, [
 ('ACCUSE','targets','Clinton targets Trump',[A('Clinton')],[A('Trump')]),
 ('ACCUSE','attacks','launching a new round of attacks',[HC,A('Democratic allies')],[DT]),
 ('ACCUSE','words against him','words against him',[A('Clinton')],[A('Trump')]),
 ('ACCUSE','told','Clinton told union workers',[A('Clinton')],[DT]),
 ('ACCUSE','hoping','He actually said he was hoping',[A('Clinton')],[DT]),
 ('REJECT','shot back','Trump shot back',[A('Trump')],[A('Clinton')]),
 ('ACCUSE','attacks','Clinton’s attacks were echoed',[A('Clinton')],[A('Trump')]),
 ('ACCUSE','highlighted','who highlighted comments',[A('Clinton campaign'),A('Democrats')],[A('Trump')]),
 ('ACCUSE','assault','The new assault',[A('Democrats')],[A('Trump')]),
 ('ACCUSE','criticizing','devoted to criticizing',[A('Clinton')],[A('Trump')]),
 ('REQUEST','seek a recanvass','would seek a recanvass',[A('Sanders’ campaign')],[]),
 ('ACCUSE','told them','when he told them Clinton',[A('Sanders')],[A('Clinton')]),
 ('ACCUSE','attacks','tone down his attacks',[A('Sanders')],[A('Clinton')]),
 ('REQUEST','lay off','lay off Bernie',[A('Harry Reid')],[A('Democrats')]),
 ('SUPPORT','good man','Bernie’s a good man',[A('Harry Reid')],[A('Bernie')]),
])

from tool import *
FBI=A('The FBI'); HC=A('Hillary Clinton'); C=A('Clinton')
append(71, [
 ('ACCUSE','Move Against','BIGGER Move Against',[FBI],[HC]),
 ('ACCUSE','probe','parameters of its probe',[FBI],[HC]),
 ('ACCUSE','looking at','agents are looking at',[A('agents')],[]),
 ('REJECT','did not email','I did not email',[C],[]),
 ('REJECT','no classified material','There is no classified material',[C],[]),
 ('CONCEDE','revised','she revised her statement',[A('Clinton')],[]),
 ('ACCUSE','exploring','also exploring potential violations',[FBI],[]),
 ('ACCUSE','indicted','was indicted and convicted',[],[A('David Petraeus')]),
 ('COERCE','convicted','indicted and convicted',[],[A('David Petraeus')]),
 ('ACCUSE','found','has now found',[A('The State Department')],[C]),
 ('ACCUSE','believed','whistleblowers believed',[A('State Department whistleblowers')],[A('State Department')]),
])

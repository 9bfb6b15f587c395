from tool import *
DWS=A('Debbie Wasserman Schultz'); S=A('Bernie Sanders')
append(17, [
 ('REJECT','dismisses','DNC chair dismisses',[A('DNC chair')],[A('Sanders')]),
 ('ACCUSE','accusations',"Sanders' accusations",[A('Sanders')],[A('Clinton')]),
 ('REJECT','dismissed','Schultz dismissed',[DWS],[S]),
 ('ACCUSE','accusations','Sanders’ accusations that',[S],[A('Clinton campaign')]),
 ('ACCUSE','chose not to accept','chose not to accept the same help',[DWS],[A('Sanders campaign')]),
 ('REJECT','exactly like','exactly like the joint',[A('Wasserman Schultz')],[]),
 ('REJECT','absolutely nothing different','absolutely nothing different',[A('Wasserman Schultz')],[]),
 ('ACCUSE','alleging','Monday alleging',[A('Sanders campaign')],[A('Clinton')]),
 ('REJECT','denies','The Clinton campaign denies',[A('The Clinton campaign')],[S]),
 ('ACCUSE','points out','points out that Sanders',[A('The Clinton campaign')],[A('Sanders')]),
 ('REJECT','absolutely no violations','absolutely no violations',[A('Wasserman Schultz')],[A('Senator Sanders')]),
])

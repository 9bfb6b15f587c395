from tool import *
LL=A('Loretta Lynch'); HC=A('Hillary Clinton'); JC=A('James Comey'); C=A('Comey')
append(114, [
 ('ACCUSE','Probe','Closes The Door on Clinton Probe',[A('Lynch')],[A('Clinton')]),
 ('ACCUSE','prosecute','would not prosecute Clinton',[A('Justice Department')],[A('Clinton')],'n'),
 ('CONSULT','met','I met with FBI Director James Comey',[LL],[JC,A('career prosecutors and agents')]),
 ('ACCUSE','investigation','who conducted the investigation',[A('FBI')],[HC]),
 ('AGREE','accepted','I received and accepted',[LL],[A('FBI')]),
 ('ACCUSE','charges','no charges be brought',[A('Justice Department')],[],'n'),
 ('ACCUSE','investigation into the investigation','the investigation into the investigation',[A('Congress')],[A('Justice Department')]),
 ('ACCUSE','“extremely careless”','was “extremely careless”',[C],[A('Clinton')]),
 ('REQUEST','calls for probes','prompted calls for probes',[],[]),
 ('ACCUSE','testify','Comey will testify before the House Oversight Committee',[A('House Oversight Committee')],[C],'h'),
 ('ACCUSE','recommend charges','decision not to recommend charges',[C],[A('Clinton')],'n'),
 ('REQUEST','should not share','should not share all that information',[A('Jason Chaffetz')],[A('FBI')]),
 ('ACCUSE','under fire','has been under fire',[],[A('Lynch')]),
 ('CONSULT','private meeting','a private meeting last Monday',[A('Lynch')],[A('Bill Clinton')]),
 ('ACCUSE','“rigged system.”','the “rigged system.”',[A('Donald Trump')],[]),
 ('ACCUSE','was guilty','[Hillary Clinton] was guilty',[A('Trump')],[A('Hillary Clinton')]),
 ('ACCUSE','She was guilty','She was guilty',[A('Trump')],[A('Hillary Clinton')]),
 ('ACCUSE','press charges','not going to press charges',[A('Trump')],[],'n'),
])

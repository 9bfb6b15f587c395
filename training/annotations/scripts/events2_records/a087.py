from tool import *
JB=A('Joe Biden'); B=A('Biden'); T=A('Trump'); DT=A('Donald Trump'); HC=A('Hillary Clinton')
append(87, [
 ('ACCUSE','trashes','trashes Trump',[B],[T]),
 ('ACCUSE','trashing','trashing Donald Trump',[JB],[DT]),
 ('ACCUSE','accusing','accusing him of endangering',[JB],[DT]),
 ('SUPPORT','the only choice','Clinton was the only choice',[A('the vice president')],[A('Clinton')]),
 ('ACCUSE','known less','has known less',[B],[DT]),
 ('ACCUSE','unqualified','thoroughly, unqualified',[B],[A('This man')]),
 ('ACCUSE','accusation','Trump’s accusation that Obama',[T],[A('Obama'),A('Clinton')]),
 ('ACCUSE','imperiled','had imperiled the lives',[B],[T]),
 ('ACCUSE','adverse consequences','adverse consequences',[B],[A('Trump')]),
 ('ACCUSE','less safe','Trump is already making our country less safe',[B],[T]),
 ('SUPPORT','That’s Hillary Clinton','That’s Hillary Clinton',[A('the man who built his political career')],[HC]),
 ('ACCUSE','rubbished','Biden rubbished',[B],[T]),
 ('ACCUSE','malarkey','a bunch of malarkey',[B],[T]),
 ('ACCUSE','doesn’t care','This guy doesn’t care',[B],[A('This guy')]),
 ('REQUEST','called on','called on Trump to get his act together',[A('The Wall Street Journal')],[T]),
 ('REQUEST','needs to stop','He needs to stop blaming',[A('the conservative-leaning newspaper')],[A('Trump')]),
])

from tool import *
BLM=A('Black Lives Matter')
append(63, [
 ('PROTEST','chanting','marchers and spectators chanting',[A('many marchers and spectators')],[]),
 ('COERCE','raided','raided by police in 1969',[A('police')],[A('The site')]),
 ('PROTEST','uprising','resulted in an uprising',[],[]),
 ('PROTEST','participate','individuals participate in the 46th',[A('more than 400 organizations and thousands of individuals')],[]),
 ('PROTEST','marched','Hillary Clinton marched',[A('Hillary Clinton')],[]),
 ('PROTEST','marched in silence','marched in silence',[A('a group dressed in "We are Orlando" T-shirts')],[]),
 ('PROTEST','withdraw','to withdraw from the event',[BLM],[]),
 ('ACCUSE','issued a statement','Black Lives Matter issued a statement',[BLM],[A('law enforcement')]),
 ('ACCUSE','threat of police violence','the threat of police violence',[A('the group')],[A('police')]),
])

from tool import *
GB=A('Glenn Beck'); B=A('Beck'); T=A('Trump'); DT=A('Donald Trump')
append(49, [
 ('ACCUSE','Says','Glenn Beck Says',[GB],[T]),
 ('ACCUSE','denouncing','winds in denouncing',[GB],[A('the GOP presidential nominee')]),
 ('ACCUSE','declared','on Friday declared',[GB],[T]),
 ('ACCUSE','dictator','a dictator in the making',[B],[DT]),
 ('ACCUSE','contention','Beck’s contention',[B],[T]),
 ('ACCUSE','denounced','Hillary Clinton denounced Thursday',[A('Hillary Clinton')],[A('alt-right',None)]),
 ('ACCUSE','called','Beck on Wednesday called',[B],[A('Stephen Bannon')]),
 ('SUPPORT','supported','who supported Sen. Ted Cruz',[B],[A('Ted Cruz')]),
 ('REJECT','virulently opposed','virulently opposed Trump',[B],[T]),
 ('ACCUSE','seeking to start','Trump was seeking to start',[B],[T]),
 ('ACCUSE','stolen election','a stolen election',[B],[DT]),
 ('ACCUSE','impose','he would impose',[B],[T]),
])

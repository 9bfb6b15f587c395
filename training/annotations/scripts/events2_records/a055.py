from tool import *
T=A('Trump'); DT=A('Donald Trump'); HC=A('Hillary Clinton'); C=A('Clinton')
append(55, [
 ('ACCUSE','said','Donald Trump said Hillary',[DT],[HC]),
 ('ACCUSE','called','Bernie Sanders called Trump',[A('Bernie Sanders')],[T]),
 ('ACCUSE','said','Carly Fiorina said Ted Cruz',[A('Carly Fiorina')],[A('Ted Cruz')]),
 ('ACCUSE','targeted','increasingly targeted Sunday',[A('challengers')],[A('the leading Democratic and Republican candidates for president')]),
 ('ACCUSE','went on the attack','went on the attack',[A('Eight candidates')],[]),
 ('ACCUSE','"caused tremendous death"','"caused tremendous death"',[A('the GOP front-runner')],[C]),
 ('ACCUSE','caused','She caused a lot of the problems',[T],[A('Hillary Clinton')]),
 ('ACCUSE','caused the migration','she caused the migration',[T],[A('Hillary Clinton')]),
 ('ACCUSE','horrible job',"she's done a horrible job",[T],[HC]),
 ('REJECT','brushed off','brushed off the significance',[A('the New York billionaire')],[A('al-Shabaab',None)]),
 ('REQUEST','call','cites his call for a temporary ban',[A('the New York billionaire')],[]),
 ('ACCUSE','blamed','Trump blamed the problem',[T],[]),
 ('REQUEST','suggested','and suggested building institutions',[T],[]),
 ('ACCUSE','called','Jeb Bush called the use',[A('Jeb Bush')],[]),
 ('ACCUSE','called','called Obama a "petulant child"',[A('Chris Christie')],[A('Obama')]),
 ('ACCUSE','took on','took on Cruz directly',[A('Fiorina')],[A('Cruz')]),
 ('SUPPORT','praised','He praised those who left',[A('Ben Carson')],[A('those who left')]),
])

from tool import *
HC=A('Hillary Clinton'); DT=A('Donald Trump'); T=A('Trump')
append(115, [
 ('ACCUSE','Claim','Hillary Clinton’s Claim',[HC],[DT]),
 ('ACCUSE','claimed','when she claimed that the self-described',[HC],[DT]),
 ('ACCUSE','ISIS’s best recruiter','ISIS’s best recruiter',[A('Clinton')],[A('Trump')]),
 ('ACCUSE','insulting','Donald Trump insulting Islam',[A('Clinton')],[DT]),
 ('REJECT','noted','Fact-checkers soon noted',[A('Fact-checkers')],[A('Clinton')]),
 ('ACCUSE','went on the offensive','Trump went on the offensive',[T],[A('Clinton')]),
 ('REJECT','made it up','She just made it up',[A('Trump')],[A('Clinton')]),
 ('CONCEDE','acknowledged','Palmieri acknowledged',[A('Jennifer Palmieri')],[]),
 ('CONCEDE','didn’t have a particular video','She didn’t have a particular video',[A('Palmieri')],[]),
 ('ACCUSE','accusations','Trump’s repeated accusations',[T],[A('Muslims',None)]),
 ('REQUEST','call to ban','recent call to ban all Muslim',[T],[]),
 ('ACCUSE','target','a frequent target for the Democratic candidates',[A('the Democratic candidates')],[T]),
 ('ACCUSE','accused','called him divisive and accused him',[A('Bernie Sanders')],[A('Trump')]),
])

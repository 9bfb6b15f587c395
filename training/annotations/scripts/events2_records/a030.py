from tool import *
HC=A('Hillary Clinton'); C=A('Clinton'); T=A('Trump'); DT=A('Donald Trump')
append(30, [
 ('ACCUSE','Says','Hillary Clinton Says',[HC],[T]),
 ('ACCUSE','doesn’t recognize','doesn’t recognize the vile',[HC],[DT]),
 ('ACCUSE','stated','candidate stated',[A('the Democratic presidential candidate')],[T]),
 ('ACCUSE','traffic','really traffic in',[C],[T]),
 ('ACCUSE','divisive and mean-spirited','so divisive and mean-spirited',[C],[T]),
 ('ACCUSE','offensive','really been offensive',[C],[T]),
])

from tool import *
DT=A('Donald Trump'); T=A('Trump'); HA=A('Huma Abedin')
append(103, [
 ('ACCUSE','threatens national security','Islamaphobia threatens national security',[A('Clinton camp')],[T]),
 ('REQUEST','proposal','Trump’s proposal to bar Muslims',[DT],[]),
 ('ACCUSE','stop him','be ready to stop him',[A("Hillary Clinton’s right-hand woman")],[DT]),
 ('ACCUSE','disgust','to share my disgust',[HA],[T]),
 ('ACCUSE','write racism','literally write racism',[HA],[T]),
 ('REQUEST','proposed a ban','Trump proposed a ban',[DT],[]),
 ('ACCUSE','harsh criticism','drawn harsh criticism',[A('fellow GOP presidential hopefuls')],[DT]),
 ('ACCUSE','called','Jeb Bush called Trump',[A('Jeb Bush')],[T]),
 ('ACCUSE','called','Marco Rubio called the statement',[A('Marco Rubio')],[T]),
 ('ACCUSE','calling',"O’Malley calling Trump a fascist",[A('Martin O’Malley')],[T]),
 ('ACCUSE','slammed','Clinton slammed the proposal',[A('Clinton')],[T]),
 ('ACCUSE','condemn','to condemn Donald Trump’s hate',[A('Bernie Sanders')],[DT]),
 ('REJECT','canceled','abruptly canceled a scheduled interview',[T],[A('Katie Couric')]),
])

from tool import *
RS=A('Roger Stone'); S=A('Stone'); T=A('Trump'); DT=A('Donald Trump')
append(56, [
 ('ACCUSE','Don’t Trust','Don’t Trust the Voting',[RS],[]),
 ('ACCUSE','serious concern','There is serious concern',[RS],[]),
 ('THREATEN','seek the prosecution','seek the prosecution',[DT],[A('Bill'),A('Hillary'),A('Chelsea')]),
 ('ACCUSE','do anything necessary','would do anything necessary',[S],[A('Bill'),A('Hillary'),A('Chelsea')]),
 ('ACCUSE','cheated','not only cheated',[S],[A('the Clintons')]),
 ('ACCUSE','manipulating','very adept at manipulating',[S],[A('The big city machines')]),
 ('ACCUSE','comments','has recently made comments',[DT],[]),
 ('ACCUSE','rigged','election is going to be rigged',[T],[]),
 ('REQUEST','hope','I hope the Republicans',[T],[A('the Republicans')]),
 ('ACCUSE','calling','calling Trump’s charge',[A('Brian Fallon')],[T]),
 ('ACCUSE','pathetic','this is pathetic',[A('Brian Fallon')],[T]),
 ('ACCUSE','dangerous','It’s dangerous, too',[A('Brian Fallon')],[T]),
 ('REJECT','addressed','Obama also addressed',[A('Obama')],[T]),
])

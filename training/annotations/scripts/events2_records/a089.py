from tool import *
FC=A('Felipe Calderon','MEX'); C=A('Calderon','MEX'); T=A('Trump'); DT=A('Donald Trump'); JB=A('Jeb Bush')
append(89, [
 ('ACCUSE','calls','Calderon calls Trump’s idea',[C],[T]),
 ('ACCUSE','detractors','among Donald Trump’s detractors',[FC],[DT]),
 ('REQUEST','call','a call for a temporary ban',[T],[]),
 ('REQUEST','should also pay','Mexican government should also pay',[T],[A('the Mexican government','MEX')]),
 ('REJECT','not going to pay','we are not going to pay',[C],[T]),
 ('ACCUSE','useless','completely useless',[C],[T]),
 ('ACCUSE','first loser','The first loser',[A('Calderon','MEX')],[T]),
 ('ACCUSE','completely crazy','he is completely crazy',[A('Calderon','MEX')],[A('this guy (Trump)')]),
 ('ACCUSE','assertion','with an assertion that the migrants',[T],[A('Mexico','MEX')]),
 ('ACCUSE','not sending their best','they’re not sending their best',[A('Trump')],[A('Mexico','MEX')]),
 ('ACCUSE','lots of problems','people that have lots of problems',[A('Trump')],[A('Mexico','MEX')]),
 ('ACCUSE','rapists','They’re rapists',[A('Trump')],[A('Mexico','MEX')]),
 ('ACCUSE','dumping ground','a “dumping ground',[T],[]),
 ('ACCUSE','intimated disappointment','intimated disappointment',[C],[A('the American people')]),
 ('ACCUSE','not very well informed','he is not very well informed',[A('Calderon','MEX')],[DT]),
 ('ACCUSE','swipes','took multiple swipes',[T],[JB]),
 ('ACCUSE','pathetic figure','A pathetic figure',[A('Trump')],[JB]),
 ('ACCUSE','zero communication skills','zero communication skills',[A('Trump')],[JB]),
 ('ACCUSE','weak candidate','He is a weak candidate',[A('Trump')],[A('Jeb Bush')]),
])

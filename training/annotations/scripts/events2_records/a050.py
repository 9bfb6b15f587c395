from tool import *
T=A('Trump'); DT=A('Donald Trump'); R=A('Rubio'); MR=A('Marco Rubio')
append(50, [
 ('REJECT','Responded','Trump Just Responded',[T],[R]),
 ('ACCUSE','Attack','Biggest Attack Yet',[R],[T]),
 ('ACCUSE','personal attacks','about the personal attacks',[DT,MR],[MR,DT]),
 ('ACCUSE','attack','decided to attack Trump',[R],[T]),
 ('ACCUSE','responded','Rubio responded that',[R],[DT]),
 ('ACCUSE','pointed out','Rubio also pointed out',[R],[A('the media')]),
 ('CONCEDE','should not have called','should not have called',[T],[R]),
 ('ACCUSE','pointed out','then pointed out that the senator',[T],[A('the senator')]),
 ('ACCUSE','hit my hands','he hit my hands',[T],[A('Rubio')]),
 ('REJECT','no problem',"I guarantee you, there’s no problem",[T],[]),
 ('ACCUSE','calling',"He’s always calling me",[R],[A('Trump')]),
 ('ACCUSE','size','hands are the size',[R],[A('Trump')]),
 ('ACCUSE','can’t trust','You can’t trust them',[R],[]),
 ('ACCUSE','called','he called Rubio',[T],[R]),
])

from tool import *
PD=A('Patti Davis'); D=A('Davis'); T=A('Trump'); DT=A('Donald Trump')
append(100, [
 ('ACCUSE','Makes Strong Statement','Makes Strong Statement',[A('Reagan’s Daughter')],[T]),
 ('ACCUSE','denouncing','past denouncing Republican',[A("high-profile names from the GOP’s past")],[DT]),
 ('ACCUSE','attacked','attacked Trump for comments',[PD],[T]),
 ('ACCUSE','could pose a threat','could pose a threat to gun rights',[T],[A('the Democratic presidential nominee')]),
 ('ACCUSE','abolish','Hillary wants to abolish',[T],[A('Hillary')]),
 ('THREATEN','maybe there is','maybe there is, I don’t know',[T],[]),
 ('ACCUSE','accused','Some accused Trump',[A('Some')],[T]),
 ('ACCUSE','lashed out','lashed out at the GOP nominee',[D],[A('the GOP nominee')]),
 ('ASSAULT','shot and wounded','shot and wounded President Reagan',[A('John Hinckley Jr.')],[A('President Reagan')]),
 ('ASSAULT','shot','a man who was shot by someone',[A('someone')],[A('a man')]),
 ('ACCUSE','glib and horrifying','Your glib and horrifying comment',[A('Patti Davis')],[T]),
 ('ACCUSE','fondness for verbal violence','your fondness for verbal violence',[A('Patti Davis')],[T]),
 ('ACCUSE','yell','gleefully and angrily yell',[A('your supporters')],[A('Hillary Clinton')],'p'),
 ('ACCUSE','could be twisted','could be twisted into action',[A('Patti Davis')],[T]),
 ('ACCUSE','looking for ideas','is just looking for ideas',[A('Patti Davis')],[T]),
 ('ACCUSE','critical','was critical of all the candidates',[D],[A('all the candidates seeking the GOP nomination')]),
 ('ACCUSE','so not like him','they are so not like him',[A('Patti Davis')],[A('the candidates')]),
 ('ACCUSE','appalled','he would be so appalled at these candidates',[A('Patti Davis')],[A('these candidates')]),
])

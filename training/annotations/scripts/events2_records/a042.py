from tool import *
JS=A('Joe Scarborough'); S=A('Scarborough'); T=A('Trump'); DT=A('Donald Trump'); KKK=A('Ku Klux Klan'); DD=A('David Duke')
append(42, [
 ('ACCUSE','Playing Dumb','Donald Trump Playing Dumb',[JS],[DT]),
 ('ACCUSE','suggested','“Morning Joe,” suggested',[JS],[DT]),
 ('ACCUSE','disqualifying','That is disqualifying',[S],[T]),
 ('ACCUSE','so stupid','Is he really so stupid',[S],[T]),
 ('ACCUSE','so ignorant','Is he really so ignorant',[S],[T]),
 ('ACCUSE','play Switzerland','to play Switzerland',[S],[T]),
 ('REJECT','refuse','failed three times to refuse',[T],[A('KKK'),DD],'n'),
 ('SUPPORT','endorsement','the endorsement of both',[A('KKK'),DD],[T]),
 ('REJECT','don’t know David Duke','I don’t know David Duke',[T],[DD]),
 ('REJECT','blamed','Trump later blamed',[T],[]),
 ('REJECT','disavowed','he had previously disavowed Duke',[T],[A('Duke')]),
 ('REJECT','disavowed','I disavowed Duke',[T],[A('Duke')]),
 ('ACCUSE','slamming','one of many slamming Trump',[S],[T]),
 ('ACCUSE','unelectable now','unelectable now',[A('Marco Rubio')],[T]),
 ('ACCUSE','called','called the KKK',[A('Ted Cruz')],[A('KKK')]),
])

from tool import *
T=A('Trump'); DT=A('Donald Trump')
append(25, [
 ('REJECT','opposition','reaffirm their opposition',[A('many in GOP')],[A('nominee')]),
 ('ACCUSE','attacks','over his attacks on a federal judge',[A('The Republican nominee-in-waiting')],[A('federal judge')]),
 ('REJECT','opposition','reaffirmed their opposition to Trump',[A('some Republicans')],[T]),
 ('ACCUSE','attacking','attacking prominent members',[A('a nominee')],[A('prominent members of the GOP')]),
 ('ACCUSE','dishonoring',"he's really dishonoring",[A('Lindsey Graham')],[T]),
 ('REJECT','rescinded','rescinded his endorsement',[A('Mark Kirk')],[T]),
 ('ACCUSE','lacks the temperament','saying he lacks the temperament',[A('Mark Kirk')],[T]),
 ('ACCUSE','expressing concern','expressing concern about Trump',[A('Republicans across the country')],[T]),
 ('SUPPORT','pledged to back','had pledged to back',[A('Scott Walker')],[A('the party nominee')]),
 ('ACCUSE','poor choices','such poor choices',[A('Scott Walker')],[]),
 ('REQUEST','blunt message','delivered a blunt message',[A('Mitch McConnell')],[T]),
 ('ACCUSE','private hedge fund','her private hedge fund',[T],[A('Hillary Clinton')]),
 ('ACCUSE','return the favor','will return the favor',[A('Hillary Clinton')],[T],'h'),
 ('ACCUSE','stoking fear','by stoking fear',[A('Clinton')],[T]),
 ('ACCUSE','quit attacking','time to quit attacking',[A('Mitch McConnell')],[A('Trump')]),
])

from tool import *
T=A('Trump'); DT=A('Donald Trump'); EK=A('Edward Klein'); K=A('Klein'); HC=A('Hillary Clinton'); BC=A('Bill Clinton')
append(79, [
 ('CONSULT','Meets','Trump Meets With Expert',[T],[A('Expert On Hillary Clinton’s Past')]),
 ('CONSULT','meeting','recently has been meeting with a man',[DT],[A('a man whose book')]),
 ('ACCUSE','draws a deeply troubling portrait','draws a deeply troubling portrait',[A('a man whose book')],[A('Hillary Rodham Clinton')]),
 ('CONSULT','riding with him','both riding with him',[EK],[T]),
 ('CONSULT','visit','the visit with Klein',[T],[K]),
 ('ACCUSE','attacks','debut new attacks',[T],[A('the Clintons')],'h'),
 ('REJECT','contested','have been contested',[A('those about whom he has written')],[K]),
 ('ACCUSE','always in trouble','Hillary is always in trouble',[K],[A('Hillary')]),
 ('ACCUSE','abuse of women','stories about abuse of women',[K],[BC]),
 ('ACCUSE','discredit','effort to discredit these women',[K],[HC]),
 ('ACCUSE','abusing women','he was abusing women',[K],[A('Bill Clinton')]),
 ('ACCUSE','chaired','Hillary Clinton chaired',[A('Klein')],[HC]),
 ('ACCUSE','scandal central','scandal central',[K],[A('the Clintons')]),
])

from tool import *
T=A('Trump'); DT=A('Donald Trump')
append(57, [
 ('ACCUSE','bashed','companies he bashed',[T],[]),
 ('ACCUSE','punching bags','uses as punching bags',[DT],[]),
 ('ACCUSE','assailed','he’s assailed for outsourcing',[A('the presumptive Republican nominee')],[A('Ford Motor Co.'),A('Apple Inc.')]),
 ('ACCUSE','public shaming','escaped his public shaming',[T],[],'n'),
 ('ACCUSE','calls out','He often calls out companies',[T],[]),
 ('ACCUSE','never eat them again','I will never eat them again',[T],[A('Nabisco')]),
 ('ACCUSE','Who do they think they are','Who do they think they are',[T],[A('Apple')]),
 ('REJECT','balked','the company balked',[A('Apple')],[]),
 ('REQUEST','pledged','Trump pledged to make Apple',[T],[A('Apple')]),
 ('THREATEN','tax you','going to tax you',[T],[A('Carrier Corp.')]),
 ('ACCUSE','blasted','Trump blasted Disney',[T],[A('Disney')]),
 ('ACCUSE','called','Trump called Ford’s plans',[T],[A('Ford')]),
 ('THREATEN','threatened','threatened to impose',[T],[A('Ford')]),
 ('ACCUSE','attacked','hasn’t attacked all the companies',[T],[],'n'),
 ('THREATEN','on notice','put the others on notice',[T],[]),
 ('THREATEN','consequences','there are consequences',[T],[A('Carrier'),A('Ford'),A('Nabisco')]),
])

from tool import *
T=A('Trump'); C=A('Clinton'); HC=A('Hillary Clinton')
append(46, [
 ('ACCUSE','Speech Against','For Speech Against',[T],[A('Crooked Hillary Clinton')],'h'),
 ('ACCUSE','denouncing','speech denouncing his economic',[HC],[A('Donald Trump')]),
 ('ACCUSE','attacked','another that attacked Clinton',[T],[C]),
 ('ACCUSE','case against','lay out his case against Clinton',[T],[C],'h'),
 ('ACCUSE','highlight the shortcomings','highlight the shortcomings',[T],[C],'h'),
 ('ACCUSE','attack','three main areas of attack',[T],[C],'h'),
 ('ACCUSE','investigation','subsequent investigation into her',[],[C]),
 ('ACCUSE','art form','into an art form',[T],[A('The Clintons')]),
 ('ACCUSE','selling access','selling access',[T],[A('The Clintons')]),
 ('ACCUSE','private hedge fund','her private hedge fund',[T],[HC]),
])

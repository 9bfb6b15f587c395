from tool import *
RL=A('Rush Limbaugh'); L=A('Limbaugh'); T=A('Donald Trump'); BS=A('Bernie Sanders')
append(101, [
 ('REJECT','Opposition','The Democrats Opposition',[A('The Democrats')],[]),
 ('SUPPORT','“brilliant”','the “brilliant” decision',[RL],[T]),
 ('REQUEST','request','to request a debate',[T],[BS]),
 ('SUPPORT','crediting','began by crediting Trump',[L],[A('Trump')]),
 ('REQUEST','urging','urging him to keep',[L],[A('Trump')]),
 ('SUPPORT','testament to his instincts','a testament to his instincts',[L],[A('Trump')]),
 ('SUPPORT','brilliant','how brilliant this proposed',[L],[A('Trump')]),
 ('ACCUSE','mad at','are mad at Sanders',[A('some Democrats'),A('Joe Manchin')],[A('Sanders')]),
 ('AGREE','agreeing','for agreeing to the debate',[A('Sanders')],[A('Trump')]),
 ('ACCUSE','accused','Limbaugh accused the Democrats',[L],[A('the Democrats')]),
 ('ACCUSE','blames','He blames mass media',[L],[A('mass media')]),
 ('ACCUSE','palpable fear','palpable fear on the Democrat side',[L],[A('Democrat')]),
 ('ACCUSE','camouflaging','better at camouflaging',[L],[A('Clinton')]),
])

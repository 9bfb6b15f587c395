from tool import *
BC=A('Ben Carson'); C=A('Carson'); WSJ=A('Wall Street Journal')
append(80, [
 ('REJECT','Defends Himself','Ben Carson Defends Himself',[BC],[]),
 ('ACCUSE','Claims','Against Claims',[],[BC]),
 ('REJECT','responded','responded on Sunday to accusations',[BC],[]),
 ('ACCUSE','accusations','to accusations that he exaggerated',[],[BC]),
 ('REJECT','Show me somebody','Show me somebody',[C],[A('the media')]),
 ('ACCUSE','found no record','found no record',[A('a Wall Street Journal article')],[C]),
 ('CONCEDE','admitted','Carson admitted',[C],[]),
 ('REJECT','had found','his campaign had found',[C],[]),
 ('ACCUSE','investigating abilities','with all their investigating abilities',[A('Carson')],[A('the media')]),
 ('ACCUSE','do the research','do the research for the Wall Street Journal reporter',[C],[A('the Wall Street Journal reporter')]),
 ('REJECT','claim never existed','you claim never existed',[C],[A('the Wall Street Journal reporter')]),
 ('REQUEST','waiting on the apology','Still waiting on the apology',[C],[A('the Wall Street Journal reporter')]),
 ('REJECT','refute','continued to refute',[A('The candidate')],[A('Politico')]),
 ('ACCUSE','swipe','indirect swipe at the businessman',[A('Carson')],[A('Donald Trump')]),
 ('ACCUSE','hammered','has hammered Carson with insults',[A('the businessman')],[C]),
 ('ACCUSE','jump on the bandwagon','jump on the bandwagon',[C],[A('Trump')]),
 ('ACCUSE','would not be anxious','I would not be anxious',[A('Carson')],[A('Trump')]),
 ('ACCUSE','targeted','being targeted',[A('Carson')],[A('progressives')]),
 ('ACCUSE','Politico story','refute a Politico story',[A('Politico')],[A('Carson')]),
])

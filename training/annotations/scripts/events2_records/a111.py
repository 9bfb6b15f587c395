from tool import *
BC=A('Ben Carson'); C=A('Carson'); T=A('Trump'); DT=A('Donald Trump'); AW=A('Armstrong Williams')
append(111, [
 ('REJECT','Response','Powerful 3-Word Response',[BC],[A('Trump')]),
 ('ACCUSE','Tirade','Trump’s Stunning Tirade',[T],[BC]),
 ('ACCUSE','attack','unleashed a harsh attack on Ben Carson',[DT],[BC]),
 ('ACCUSE','called','Trump also called Iowa Republican',[T],[A('Iowa Republican primary voters')]),
 ('REJECT','responded','Carson has responded',[C],[T]),
 ('REQUEST','Pray for him','Pray for him',[A('Carson')],[]),
 ('ACCUSE','imploding','just imploding before our very eyes',[AW],[A('Trump')]),
 ('ACCUSE','attacked','Trump also attacked Hillary Clinton',[T],[A('Hillary Clinton'),A('Marco Rubio')]),
 ('ACCUSE','“women’s card','playing the “women’s card',[A('Trump')],[A('Clinton')]),
 ('ACCUSE','mocked','Trump also mocked Carson’s story',[T],[C]),
 ('ACCUSE','mocked','something that Trump mocked',[T],[C]),
 ('SUPPORT','came to Carson’s support','came to Carson’s support',[A('Some Republican presidential candidates')],[C]),
 ('ACCUSE','inheritance','multi-million dollar inheritance',[A('Carly Fiorina')],[T]),
 ('SUPPORT','“good, decent man,”','a “good, decent man,”',[A('Lindsey Graham')],[C]),
 ('ACCUSE','“melted down','“melted down',[A('Lindsey Graham')],[T]),
])

from tool import *
T=A('Trump'); DT=A('Donald Trump'); HC=A('Hillary Clinton')
append(39, [
 ('ACCUSE','blasts','Trump tweet that blasts Clinton',[T],[A('Clinton')]),
 ('ACCUSE','tweeted','on Saturday tweeted an image',[DT],[HC]),
 ('ACCUSE','tweeted','Trump tweeted a similar image',[T],[HC]),
 ('COERCE','forced','Jews were forced to wear',[A('the Nazis','DEU')],[A('Jews',None)]),
 ('ACCUSE','said','Critics said the image',[A('Critics')],[T]),
 ('ACCUSE','insult','find a way to insult',[A('Cole Haddon')],[A('#DonaldTrump')],'p'),
 ('ACCUSE','plays to the white supremacists','plays to the white supremacists',[A('Erick Erickson')],[DT]),
 ('ACCUSE','offensive statements','with offensive statements',[A('The presumptive Republican nominee')],[A('Muslims',None),A('Latinos'),A('women',None)]),
 ('SANCTION','fired','Trump fired his campaign manager',[T],[A('Corey Lewandowski')]),
 ('ACCUSE','mocked','The candidate has mocked',[A('The candidate')],[A('a disabled newspaper reporter')]),
 ('ACCUSE','referred to','referred to undocumented immigrants',[A('The candidate')],[A('undocumented immigrants from Mexico','MEX')]),
])

from tool import *
WP=A('Washington Post'); S=A('Sanders'); BS=A('Bernie Sanders')
append(116, [
 ('ACCUSE','anti-Sanders editorial',"Post's anti-Sanders editorial",[WP],[S]),
 ('ACCUSE','attacks','dropped direct attacks on Bernie Sanders',[A('Hillary Clinton')],[BS],'n'),
 ('ACCUSE','accuses','editorial that accuses Sanders',[WP],[S]),
 ('ACCUSE','case against','make the case against Sanders',[A('the newspaper')],[S],'h'),
 ('ACCUSE','nailed the narrative','nailed the narrative',[A('The editorial')],[S]),
 ('ACCUSE','fiction','his own brand of fiction',[A("the paper's editorial board")],[A('Sanders')]),
 ('ACCUSE','slam','The piece goes on to slam',[A('The piece')],[S]),
 ('ACCUSE','accuses','And it accuses Sanders',[A('The Washington Post')],[S]),
 ('ACCUSE','unloaded','Sanders unloaded on the Post',[S],[A('the Post')]),
 ('ACCUSE','geniuses','all the geniuses on the editorial page',[A('Sanders')],[A('the editorial page')]),
 ('REJECT','really radical','may think I’m really radical',[A('Sanders')],[A('The Washington Post')]),
 ('ACCUSE','critical piece','a second critical piece',[A('The Post')],[A('Bernie Sanders')]),
 ('ACCUSE','takedown','Post’s takedown of Sanders',[A('the campaign')],[S]),
 ('ACCUSE','disappointment','expressing its disappointment',[A('the campaign')],[S]),
])

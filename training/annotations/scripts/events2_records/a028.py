from tool import *
F=A('Fiorina'); T=A('Trump')
append(28, [
 ('SUPPORT','fair game',"Clinton's fair game.'",[A('Carly Fiorina')],[]),
 ('SUPPORT','solid ground','on solid ground',[A('Carly Fiorina')],[A('Donald Trump')]),
 ('ACCUSE','attacking','ground attacking Bill Clinton',[A('Donald Trump')],[A('Bill Clinton')]),
 ('ACCUSE','not the way to win','not the way to win',[A('the former CEO of Hewlett-Packard')],[T]),
 ('SUPPORT','fair game','Of course Bill Clinton’s fair game',[F],[T]),
 ('ACCUSE','denounced','frequently denounced',[T],[A('George W. Bush')]),
 ('ACCUSE','attempts','recent attempts to tie',[T],[A('Hillary Clinton')]),
 ('ACCUSE','not going to beat','not going to beat Hillary',[F],[T]),
 ('ACCUSE','"woman card,"','"woman card,"',[F],[A('The former secretary of state')]),
 ('ACCUSE','honest woman','an honest woman',[F],[A('Clinton')]),
 ('ACCUSE','criticized','She also criticized Trump',[F],[T]),
 ('ACCUSE','so close','are so close to Hillary',[F],[A('Donald Trump')]),
 ('CONCEDE','disavowed','has since disavowed',[T],[]),
 ('THREATEN','warned','repeatedly warned Clinton',[T],[A('Clinton')]),
])

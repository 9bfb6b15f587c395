from tool import *
R=A('Republicans'); S=A('Sanders'); JP=A('Jennifer Palmieri')
append(22, [
 ('SUPPORT','promote','Some Republicans promote',[A('Some Republicans')],[S]),
 ('ACCUSE','embarrass','trying to embarrass Clinton',[A('Some Republicans')],[A('Clinton')]),
 ('ACCUSE','embarrass','in an attempt to embarrass',[R],[A('Hillary Clinton')]),
 ('SUPPORT','promoted','even promoted Sanders',[A('Sean Spicer')],[S]),
 ('ACCUSE','taunted','has taunted the Clinton campaign',[A('Sean Spicer')],[A('Clinton campaign')]),
 ('ACCUSE','responded','has responded to Sanders more aggressively',[A("Clinton's campaign")],[S]),
 ('REJECT','undermined','are undermined by evidence',[JP],[S]),
 ('ACCUSE','accused','Palmieri accused Sanders',[A('Palmieri')],[S]),
 ('ACCUSE','meaningless polls','meaningless polls',[A('Palmieri')],[A('Sen. Sanders')]),
 ('ACCUSE','mischief','"mischief"',[A('Tad Devine')],[R]),
])

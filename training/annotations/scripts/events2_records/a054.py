from tool import *
HC=A('Hillary Clinton'); C=A('Clinton')
append(54, [
 ('SUPPORT','Visit','Clinton Visit To Police',[HC],[A('Police')]),
 ('ACCUSE','Allegations','Brings Allegations',[],[HC]),
 ('ACCUSE','criticizing','some are criticizing',[A('some')],[A('the presumptive Democratic presidential nominee')]),
 ('SUPPORT','pay respects','to pay respects',[C],[A('fallen policemen and women')]),
 ('ACCUSE','accused','conservative press accused Clinton',[A('Members of the conservative press')],[C]),
 ('REQUEST','would put new guidelines in place','would put new guidelines in place',[A('Clinton')],[]),
 ('ACCUSE','pandering','selfish act of pandering',[A('some')],[A('Clinton')]),
 ('ACCUSE','pandering','What a pandering POS',[A('One man')],[A('Clinton')],'p'),
 ('ACCUSE','said','Another commenter said',[A('Another commenter')],[A('Clinton')],'p'),
 ('ACCUSE','investigation','The FBI investigation',[A('The FBI')],[A('Clinton')]),
 ('ACCUSE','criticisms','the criticisms of her actions',[A('James Comey')],[A('Clinton')]),
])

from tool import *
append(119, [
 ('ACCUSE','sharpened attacks','a month of sharpened attacks',[A('Bernie Sanders')],[A("Hillary Rodham Clinton")]),
 ('ACCUSE','investigating','congressional Republicans investigating',[A('congressional Republicans')],[A('Mrs. Clinton')]),
 ('ACCUSE','drawing more contrasts','drawing more contrasts',[A('Mr. Sanders')],[A('Mrs. Clinton')]),
])

from tool import *
append(45, [
 ('REJECT','laughed off','Clinton laughed off',[A('Clinton')],[A('Karl Rove')]),
 ('ACCUSE','desperate','how desperate the Republicans',[A('Clinton')],[A('the Republicans')]),
 ('ACCUSE','identified','the Sanders camp has identified',[A('the Sanders camp')],[A('Clinton')]),
 ('ACCUSE','speaking fees','personal speaking fees',[A('Sanders')],[A('Clinton')]),
 ('ACCUSE','interfere','trying to interfere',[A('Guy Cecil'),A('Priorities USA')],[A('Karl Rove'),A('the Republicans')]),
])

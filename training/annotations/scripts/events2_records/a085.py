from tool import *
append(85, [
 ('ACCUSE','responded','She responded',[A('Hillary Clinton')],[A('NRA'),A('the Iranians','IRN'),A('the Republicans')]),
 ('ACCUSE','lambasted','have lambasted',[A('Democrats')],[A('McDonald’s'),A('Walmart')]),
 ('ACCUSE','attacked','Bernie Sanders often attacked',[A('Bernie Sanders')],[A('Clinton')]),
])

from tool import *
append(106, [
 ('ACCUSE','stated','(I-VT) stated',[A('Bernie Sanders')],[A('Hillary Clinton')]),
 ('SUPPORT','supporting','who is supporting Sanders',[A('Bill Maher')],[A('Sanders')],'p'),
 ('ACCUSE','“wasn’t good.”','“wasn’t good.”',[A('Maher')],[A('Clinton')],'p'),
 ('ACCUSE','fool rubes','able to fool rubes',[A('Maher')],[A('these two')],'p'),
])

from tool import *
FBI=A('The FBI'); HC=A('Hillary Clinton'); CF=A('Clinton Foundation')
append(74, [
 ('ACCUSE','Gave Hillary Clinton A WHOLE New Reason','Gave Hillary Clinton A WHOLE New Reason',[FBI],[HC]),
 ('ACCUSE','investigation','A new line of investigation',[A('FBI')],[HC]),
 ('ACCUSE','investigating','The FBI was already investigating',[FBI],[A('the Democratic presidential candidate')]),
 ('ACCUSE','looking into','Now the FBI is looking into',[FBI],[A('Clinton')]),
 ('ACCUSE','looking into','the bureau is looking into',[A('the bureau')],[A('State Department'),CF]),
 ('ACCUSE','prosecution','if a prosecution is not pursued',[A('FBI agents')],[],'h'),
 ('ACCUSE','investigation','under investigation for possible corruption',[],[A('the foundation')]),
 ('CONCEDE','acknowledged','Clinton Foundation acknowledged',[CF],[]),
 ('ACCUSE','investigating','The agents are investigating',[A('The agents')],[CF]),
])

from tool import *
ML=A('Marcel Lehel Lazar','ROU'); L=A('Lazar','ROU')
append(95, [
 ('CONCEDE','admits','admits to other intrusions',[A('Hacker','ROU')],[]),
 ('COERCE','intrusions','admits to other intrusions',[A('Hacker','ROU')],[]),
 ('CONCEDE','pleaded guilty','pleaded guilty Wednesday',[A('The Romanian hacker','ROU')],[]),
 ('COERCE','intrusions','series of high-profile intrusions',[A('The Romanian hacker','ROU')],[]),
 ('COERCE','victimized','he victimized nearly 100 Americans',[ML],[A('nearly 100 Americans')]),
 ('CONCEDE','pleading guilty','he was pleading guilty voluntarily',[L],[]),
 ('CONCEDE',"They're all accurate","They're all accurate",[A('Lazar','ROU')],[]),
 ('REJECT','no evidence','have no evidence',[A('Federal investigators')],[L]),
 ('COERCE','broke into','successfully broke into the account',[L],[A('Sidney Blumenthal')]),
 ('ACCUSE','reported','The New York Times later reported',[A('The New York Times')],[A('Clinton')]),
 ('ACCUSE','charged','Lazar was charged in the United States',[A('United States')],[L]),
 ('COERCE','extradited','extradited to Alexandria',[],[L]),
 ('COERCE','serving a sentence','serving a sentence in Romania',[A('Romania','ROU')],[A('Lazar','ROU')]),
 ('COERCE','hacking','for hacking the personal accounts',[A('Lazar','ROU')],[A('the then-director of the Romanian Intelligence Service','ROU')]),
])

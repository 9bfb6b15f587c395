from tool import *
AW=A('Anthony Weiner'); W=A('Weiner')
append(84, [
 ('ACCUSE','revealed','New York Post revealed',[A('New York Post')],[W]),
 ('SANCTION','lost two jobs','lost two jobs',[A('NY1'),A('New York Daily News')],[W],'p'),
 ('RETREAT','resigned','he resigned from Congress',[A('Weiner')],[]),
 ('ACCUSE','blamed','He blamed the incident on hackers',[A('Weiner')],[A('hackers',None)]),
 ('CONCEDE','fessed up','later fessed up',[A('Weiner')],[]),
 ('SANCTION','lost his job','he lost his job',[A('MWW')],[A('Weiner')],'p'),
 ('ACCUSE','false stories','false stories',[A('MWW')],[A('these parties')],'p'),
])

from tool import *
TM=A('Terry McAuliffe'); M=A('McAuliffe'); F=A('felons')
append(82, [
 ('CONCEDE','restores','Virginia governor restores',[A('Virginia governor')],[F]),
 ('CONCEDE','restores','effectively restores',[TM],[A('206,000 felons')]),
 ('CONCEDE','restore','helped restore voting rights',[M],[A('18,000 Virginians')]),
 ('CONCEDE','restored','will be restored their voting rights',[M],[A('more than 200,000 felons')]),
 ('CONSULT','consulted','he had consulted Attorney General',[M],[A('Mark Herring'),A('A.E. Dick Howard')]),
 ('ACCUSE','demagogue','try and demagogue this issue',[A('McAuliffe')],[A('some individuals')]),
 ('SUPPORT','appreciation','tweeting her appreciation',[A('Hillary Clinton')],[M]),
 ('SUPPORT','Proud','Proud of my friend',[A('Hillary Clinton')],[A('@GovernorVA')]),
])

from tool import *
GZ=A('George Zimmerman'); Z=A('Zimmerman'); TM=A('Trayvon Martin')
append(91, [
 ('ASSAULT','kill','gun used to kill Trayvon',[],[A('Trayvon')],'p'),
 ('REJECT','refuses','2nd website refuses',[A('2nd website')],[Z],'p'),
 ('ASSAULT','kill','he used to kill 17-year-old',[GZ],[TM],'p'),
 ('REJECT','yanked','websites yanked the listing',[A('both gun-selling websites')],[GZ],'p'),
 ('REJECT','pulled',"they pulled Zimmerman's listing",[A('United Gun Group')],[Z],'p'),
 ('ACCUSE','brutal attack','the brutal attack from Trayvon Martin',[A('Zimmerman')],[TM],'p'),
 ('RETREAT','returned','the Justice Department returned the weapon',[A('Justice Department')],[Z]),
 ('ASSAULT','shot and killed','shot and killed Trayvon',[Z],[A('Trayvon')],'p'),
 ('ACCUSE','alleged','who alleged that Martin',[Z],[A('Martin')],'p'),
 ('ACCUSE','murdered','that murdered Trayvon',[A('Tracy Martin')],[A('that person')],'p'),
 ('REJECT','never expressed interest','We have never expressed interest',[A('the Smithsonian Institution')],[GZ]),
 ('ACCUSE','fight','to fight "Black Lives Matter"',[Z],[A('Black Lives Matter'),A('Hillary Clinton')]),
])

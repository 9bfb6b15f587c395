from tool import *
P=A('Vladimir Putin','RUS'); DNC=A('DNC')
append(38, [
 ('COERCE','Hack','DNC Email Hack',[A('Putin','RUS')],[DNC],'h'),
 ('RETREAT','RESIGNS','SCHULTZ RESIGNS',[A('DEBBIE WASSERMAN SCHULTZ')],[]),
 ('ACCUSE','criticism','months of criticism',[],[A('Schultz')]),
 ('COERCE','involvement','involvement in the DNC email leak',[P],[DNC],'h'),
 ('ASSAULT','SHOOTING','NIGHTCLUB SHOOTING',[],[],'p'),
 ('COERCE','detained','have been detained',[],[A('Three people')]),
 ('ASSAULT','blowing himself up','blowing himself up',[A('a Syrian man','SYR')],[]),
 ('REJECT','refused','Committee refused to ban',[A('The International Olympic Committee',None)],[A('World Anti-Doping Agency',None)]),
 ('REQUEST','called for','organizations called for the ban',[A('World Anti-Doping Agency',None),A('14 national anti-doping organizations',None)],[A('The International Olympic Committee',None)]),
 ('ACCUSE','investigates','The New Yorker investigates',[A('The New Yorker')],[A('Obama')]),
 ('ACCUSE','cheating','fiance cheating',[A('Lindsay Lohan')],[A('her fiance')],'p'),
])

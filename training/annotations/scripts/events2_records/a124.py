from tool import *
KS=A('Kevin Swanson'); S=A('Swanson'); GS=A('Girl Scouts')
append(124, [
 ('REQUEST','Wants','Pastor Wants Girl Scout Leaders',[A('Pastor')],[A('Girl Scout Leaders')],'p'),
 ('ACCUSE','blasted','After he blasted the hit Disney',[KS],[A('Disney')],'p'),
 ('ACCUSE','slammed','slammed the Girl Scouts',[S],[GS],'p'),
 ('REQUEST','implied','He then implied',[A('Kevin Swanson')],[A('scout leaders')],'p'),
 ('SUPPORT','praised','Swanson praised evangelist',[S],[A('Franklin Graham')],'p'),
 ('PROTEST','vowed not to buy','vowed not to buy Girl Scout cookies',[A('Franklin Graham')],[GS],'p'),
 ('ACCUSE','tirade','delivered his tirade against Harry Potter',[S],[A('J.K. Rowling')],'p'),
 ('ACCUSE','argued','Swanson has also argued',[S],[A('Hillary Clinton')]),
])

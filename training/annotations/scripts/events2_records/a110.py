from tool import *
append(110, [
 ('THREATEN','promised to veto','has promised to veto it',[A('President Obama')],[A('The House')]),
 ('ACCUSE','denounced','has denounced GOP efforts',[A('Hillary Clinton')],[A('GOP')]),
 ('ACCUSE','charges','specify the charges against him',[A('prosecutors')],[A('Robert Lewis Dear')],'h'),
])

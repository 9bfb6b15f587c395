from tool import *
EX=A('Exxon Mobil'); CU=A('Columbia'); SC=A('Steve Coll')
append(10, [
 ('REJECT','defends','Columbia defends',[CU],[A('Exxon')]),
 ('REJECT','rebutted','The university rebutted',[A('The university')],[A('Exxon')]),
 ('ACCUSE','accusation',"Exxon's accusation",[A('Exxon')],[A('journalists from the school')]),
 ('REJECT','disputing','strongly disputing',[A("The dean of Columbia's Graduate School of Journalism")],[EX]),
 ('ACCUSE','accusations','accusations by Exxon Mobil',[EX],[A('journalists from the school')]),
 ('ACCUSE','investigation','an investigation by the New York attorney general',[A('New York attorney general')],[EX]),
 ('ACCUSE','criticism','subject to criticism from politicians',[A('John Kerry'),A('Hillary Clinton')],[EX]),
 ('ACCUSE','calling','calling the two lengthy',[EX],[CU]),
 ('ACCUSE','allegations','detailed allegations made by Exxon Mobil',[EX],[CU]),
 ('REJECT','disputes','Your letter disputes',[EX],[CU]),
 ('ACCUSE','attacks','largely of attacks',[SC],[EX]),
 ('REJECT','unsupported','your allegations are unsupported',[SC],[EX]),
 ('ACCUSE','contended','Exxon Mobil contended',[EX],[A('Rockefeller Brothers Fund')]),
 ('ACCUSE','accuses','letter also accuses',[EX],[A('Susanne Rust')]),
 ('ACCUSE','accused','It also accused another reporter',[EX],[A('another reporter')]),
 ('REJECT','false','your allegations are false',[SC],[A('Kenneth P. Cohen')]),
 ('REJECT','rebut','went on to rebut',[SC],[EX]),
 ('ACCUSE','misrepresented','fundamentally misrepresented',[A('Alan T. Jeffers'),EX],[CU]),
 ('ACCUSE','complaints',"Exxon Mobil's complaints",[EX],[A('The Los Angeles Times')]),
 ('REJECT','concluded','and concluded that the articles',[A('The Los Angeles Times')],[EX]),
])

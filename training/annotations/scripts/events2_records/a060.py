from tool import *
T=A('Trump'); DT=A('Donald Trump'); KP=A('Katie Packer')
append(60, [
 ('REJECT','skipping','Trump for skipping debate',[T],[]),
 ('REJECT','skipping','hitting him for skipping',[DT],[]),
 ('REJECT','declined','he has declined to participate',[T],[A('Fox News')]),
 ('ACCUSE','raises new questions','raises new questions',[KP,A('Our Principles Pac')],[DT]),
 ('ACCUSE','says different things','Trump says different things',[KP],[T]),
 ('ACCUSE','the kind of politician voters fear','the kind of politician voters fear',[KP],[T]),
 ('REJECT','decision to opt out','decision to opt out',[DT],[]),
 ('ACCUSE','duck the issues','attempt to duck the issues',[KP],[DT]),
 ('REQUEST','proposals','toughest proposals',[T],[]),
 ('SUPPORT','endorsement','secured the endorsement',[A('Sheriff Joe Arpaio')],[T]),
])

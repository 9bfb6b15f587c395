from tool import *
S=A('Mr. Sanders'); C=A('Mrs. Clinton'); T=A('Mr. Trump')
append(88, [
 ('ACCUSE','deride','rivals deride it',[A('rivals')],[A('The former first lady')]),
 ('REQUEST','advocates','Senator Bernie Sanders advocates',[A('Bernie Sanders')],[]),
 ('REQUEST','seeks','Mrs. Clinton seeks an additional',[C],[]),
 ('REQUEST','calls for',"He calls for a ''Medicare",[A('Mr. Sanders')],[]),
 ('REQUEST','proposes','He proposes breaking up',[A('Mr. Sanders')],[]),
 ('REQUEST','backs','she backs tougher regulations',[A('Mrs. Clinton')],[]),
 ('REQUEST','calls for','He calls for $1 trillion',[A('Mr. Sanders')],[]),
 ('REQUEST','calls for','she calls for $275 billion',[A('Mrs. Clinton')],[]),
 ('ACCUSE','claims','People make all these claims',[C],[]),
 ('REQUEST','proposal','unlikely proposal to deport',[T],[]),
 ('ACCUSE','crude insults','the crude insults he sprays',[T],[A('opponents of all kinds')]),
 ('ACCUSE','attacked',"He attacked Mr. Clinton's",[A('Mr. Trump')],[A('Mr. Clinton')]),
 ('ACCUSE','accused','Mrs. Clinton accused him of sexism',[C],[A('Mr. Trump')]),
 ('ACCUSE','tells audiences','He tells audiences she may be prosecuted',[A('Mr. Trump')],[A('Mrs. Clinton')]),
 ('ACCUSE','have been after me',"''have been after me",[A('Mrs. Clinton')],[A('Republicans')]),
])

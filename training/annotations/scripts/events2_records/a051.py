from tool import *
CB=A('Census Bureau'); C=A('the Census'); JA=A('Japanese Americans')
append(51, [
 ('COERCE','helped send','Bureau illegally helped send',[A('Bureau')],[JA]),
 ('COOPERATE','providing','by providing key information',[C],[A('the Army')]),
 ('COERCE','round them up','could round them up',[A('the Army')],[JA]),
 ('COERCE','detentions','The detentions are widely',[],[JA]),
 ('CONCEDE','compensate','voted to compensate',[A('Congress')],[A('the victims')]),
 ('REJECT','denied','the Census denied',[C],[]),
 ('ACCUSE','disclosed','researchers disclosed',[A('researchers')],[A('the bureau')]),
 ('CONCEDE','admit','to admit some culpability',[A('the bureau')],[]),
 ('REJECT','declared','it proudly declared',[A('the Census')],[]),
 ('ACCUSE','proved','proved that the Census',[A('William Seltzer'),A('Margo Anderson')],[C]),
 ('COOPERATE','provided','it provided the Department of Homeland Security',[A('the Census')],[A('Department of Homeland Security')]),
 ('REQUEST','promised','repeatedly promised',[A('Trump')],[]),
 ('COERCE','deport','forcibly deport',[A('Trump')],[A('11 million undocumented immigrants',None)],'h'),
])

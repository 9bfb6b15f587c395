from tool import *
AK=A('Asa Khalif'); K=A('Khalif'); HC=A('Hillary Clinton'); C=A('Clinton'); BLM=A('Black Lives Matter')
append(117, [
 ('REQUEST','seeks',"Black Lives Matter seeks Clinton's ear",[BLM],[C]),
 ('ACCUSE','ignores','party platform ignores movement',[A('One protest organizer')],[A('party')]),
 ('PROTEST','took to the streets','took to the streets',[A('Several hundred demonstrators aligned with the Black Lives Matter movement')],[HC]),
 ('PROTEST','march','a planned march to City Hall',[A('the crowd')],[],'h'),
 ('PROTEST','shouted','the group shouted',[A('the group')],[]),
 ('ASSAULT','killed in confrontations','killed in confrontations with police',[A('police')],[A('minorities')]),
 ('ASSAULT','police-involved shootings','killed in police-involved shootings',[A('police')],[A('men, women and children')]),
 ('ASSAULT','fatally shot','who was fatally shot in June',[A('an off-duty Brevard County, Fla., deputy sheriff')],[A('Clarence Howard')]),
 ('PROTEST','chanted','they chanted "stop killing',[A('the protesters')],[]),
 ('ACCUSE','send a message','wanted to send a message to Clinton',[AK,A('Philly Coalition for Real Justice')],[C]),
 ('ACCUSE','criticized','Khalif criticized Clinton',[K],[C]),
 ('ACCUSE','charged','He also charged that the Democratic Party',[K],[A('the Democratic Party')]),
 ('ACCUSE','patronizing','has been patronizing',[K],[C]),
 ('ACCUSE','"racist bigot"','a "racist bigot"',[K],[A('Donald Trump')]),
 ('ACCUSE','best interests','do not think she has our best interests',[K],[A('Clinton')]),
 ('ACCUSE',"I don't think they are talking","I don't think they are talking",[A('Ramil Carr')],[A('the Democratic convention')],'p'),
])

from tool import *
append(52, [
 ('ACCUSE','blaming',"in blaming Trump's decline",[A('Jeff Sessions')],[A('the news media')]),
 ('ACCUSE','suggesting','by suggesting the November election',[A('Trump')],[]),
 ('ACCUSE','pointing this out','journalists are pointing this out',[A('journalists')],[A('Trump')]),
])

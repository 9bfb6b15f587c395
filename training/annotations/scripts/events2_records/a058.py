from tool import *
GW=A('George Will'); W=A('Will'); T=A('Trump'); DT=A('Donald Trump')
append(58, [
 ('ACCUSE','Unleashes','He Instantly Unleashes',[T],[A('His Fox News Nemesis')]),
 ('ACCUSE','targeted','op-ed that targeted',[GW],[DT]),
 ('REQUEST','urged','Will urged the Republican electorate',[W],[A('the Republican electorate')]),
 ('ACCUSE','hasten the eclipse','hasten the eclipse',[W],[A('Carly Fiorina'),A('Ben Carson'),DT]),
 ('REQUEST','call','his call for a federal',[DT],[]),
 ('ACCUSE','described','Will described Trump',[W],[T]),
 ('REQUEST','called for','Will called for Republicans',[W],[A('Republicans')]),
 ('SUPPORT','describes','whom he describes as having',[W],[A('Chris Christie')]),
 ('SUPPORT','praise','nothing but praise',[W],[A('Christie')]),
 ('ACCUSE','made the world less safe','made the world less safe',[W],[A('Hillary Clinton')]),
 ('ACCUSE','fire back','to fire back at George Will',[T],[GW]),
 ('REQUEST','call','George Will’s call to abandon',[GW],[]),
])

from tool import *
AT=A('anti-Trump delegates'); RNC=A('Republican National Convention')
append(26, [
 ('PROTEST','Disrupt','Delegates Disrupt RNC',[A('NeverTrump Delegates')],[A('RNC')]),
 ('ACCUSE','backlash','serious backlash from critics',[A('critics within the party')],[A('Donald Trump')]),
 ('REQUEST','petitioned','have petitioned for a rule change',[A('A number of GOP delegates')],[]),
 ('REQUEST','attempted to secure a vote','attempted to secure a vote',[AT],[]),
 ('PROTEST','made their point','made their point',[A('protesting delegates')],[]),
 ('REJECT','denied','denied the change being sought',[A('rules committee')],[AT]),
 ('PROTEST','disrupt','determined to disrupt',[AT],[RNC],'h'),
 ('PROTEST','take this fight to the floor','take this fight to the floor',[A('M. Dane Waters'),A('Delegates Unbound')],[],'h'),
 ('PROTEST','did exactly that','they did exactly that',[A('delegates')],[]),
 ('PROTEST','revolt','A revolt on the floor',[],[]),
 ('PROTEST','erupted','reportedly erupted',[AT],[]),
 ('PROTEST','tossing','by tossing',[A('Ken Cuccinelli')],[]),
 ('REJECT','denied','has since been denied',[],[]),
])

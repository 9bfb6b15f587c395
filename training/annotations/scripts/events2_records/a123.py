from tool import *
TC=A('Ted Cruz'); C=A('Cruz'); CL=A('Corey Lewandowski'); MF=A('Michelle Fields'); DT=A('Donald Trump')
append(123, [
 ('ACCUSE','Fireable Offense','A Fireable Offense',[TC],[]),
 ('ACCUSE','weighed in','weighed in on allegations',[TC],[A('Donald Trump’s campaign manager')]),
 ('ACCUSE','allegations','on allegations against',[],[A('Donald Trump’s campaign manager')]),
 ('ACCUSE','not appropriate','Of course it’s not appropriate',[C],[]),
 ('ACCUSE','bizarre world','What a bizarre world',[C],[]),
 ('ACCUSE','accused','Michelle Fields accused',[MF],[CL]),
 ('ACCUSE','say','Ben Terris, say',[A('Fields'),A('Ben Terris')],[A('Trump’s 41-year-old campaign manager')]),
 ('REJECT','denied','the Trump campaign has denied it',[A('the Trump campaign')],[A('Fields')]),
 ('ACCUSE','“totally delusional”','“totally delusional”',[A('Lewandowski')],[A('Fields')]),
 ('REJECT','“made up the story.”','“made up the story.”',[DT],[A('Fields')]),
 ('PROTEST','resigned in protest','resigned in protest',[A('Fields'),A('several other Breitbart employees')],[A('Breitbart')]),
 ('ACCUSE','disdain','the height of the disdain',[C],[A('the Hillary Clinton campaign')]),
 ('ACCUSE','significant physical assault','significant physical assault',[C],[]),
 ('ACCUSE','fireable offense','Physically assaulting a reporter is a fireable offense',[C],[A('the candidate')]),
 ('ACCUSE','under fire','has come under fire for violence',[],[A('Trump’s campaign')]),
 ('ACCUSE','strong views','also had strong views',[A('Marco Rubio')],[A('the campaign')]),
 ('ACCUSE','campaign would be over','my campaign would be over',[A('Rubio')],[]),
 ('ACCUSE','resign','He would have had to resign',[A('Rubio')],[]),
])

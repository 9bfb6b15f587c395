from tool import *
BC=A('Ben Carson'); C=A('Carson')
append(81, [
 ('REJECT','on defense','Carson on defense',[C],[]),
 ('ACCUSE','attacking','attacking critics',[C],[A('critics')]),
 ('ACCUSE','questioned','biography questioned',[],[A("Republican presidential candidate")]),
 ('ACCUSE','says','Ben Carson says he is under',[BC],[]),
 ('ACCUSE','special scrutiny',"I'm getting special scrutiny",[A('the Republican presidential candidate')],[A('people')]),
 ('ACCUSE','worried',"They're worried",[C],[A('people')]),
 ('ACCUSE','question','news reports that question',[A('news reports')],[C]),
 ('ACCUSE','suggestions','it was suggestions that his story',[],[A('Carson')]),
 ('ACCUSE','"fabricated"','he "fabricated"',[A('Politico')],[A('Carson')]),
 ('REJECT','called','Carson called that report',[C],[A('Politico')]),
 ('ACCUSE','responded','Politico responded late Friday',[A('Politico')],[C]),
 ('ACCUSE','picked up on the criticism','has picked up on the criticism',[A('Donald Trump')],[C]),
 ('ACCUSE','criticized','Carson again criticized the news media',[C],[A('the news media')]),
 ('ACCUSE','being asked','he is being asked about incidents',[C],[]),
])

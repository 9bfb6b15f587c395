from tool import *
BC=A('Ben Carson'); C=A('Carson'); TC=A('Ted Cruz')
append(120, [
 ('ACCUSE','taking','Cruz taking',[C],[A('Cruz')]),
 ('ACCUSE','accused','Ben Carson accused Ted Cruz',[BC],[A("Ted Cruz's campaign")]),
 ('ACCUSE','slamming','slamming the Texas senator',[C],[A('the Texas senator')]),
 ('ACCUSE','tacitly saying','is tacitly saying',[C],[A('Cruz')]),
 ('ACCUSE','same kind of attitude','"same kind of attitude.',[C],[A('Hillary Clinton'),A('Cruz')]),
 ('REJECT','rejected','Carson rejected the notion',[C],[]),
 ('ACCUSE','very difficult investigation','a very difficult investigation',[A('The retired neurosurgeon')],[A('Cruz')]),
 ('ACCUSE','higher standards','Or do we have higher standards',[A('Carson')],[A('The Cruz campaign')]),
])

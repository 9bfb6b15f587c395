from tool import *
LH=A('Lakeisha Holloway'); M=A('Marquez')
append(83, [
 ('ACCUSE','accused','The homeless woman accused',[],[A('The homeless woman')]),
 ('ACCUSE','charged','will be charged with murder',[],[LH],'h'),
 ('ACCUSE','show intention','The videos obviously show intention',[A('Joe Lombardo')],[]),
 ('COERCE','denied bail',"shooter's friend denied bail",[],[A("San Bernardino shooter's friend")]),
 ('ACCUSE','accused','The man accused of purchasing',[],[A('The man')]),
 ('COERCE','remain in custody','will remain in custody',[A('a federal judge')],[A('The man')]),
 ('COERCE','keep him in federal prison','keep him in federal prison',[A('David Bristow')],[M]),
 ('ACCUSE','accused','Marquez, 24, is accused',[],[M]),
 ('ASSAULT','shootout','died in a shootout with police',[A('police'),A('Farook'),A('Tashfeen Malik')],[A('Farook'),A('Tashfeen Malik'),A('police')]),
 ('ACCUSE','allegedly plotted','Marquez allegedly plotted',[A('David Bristow')],[A('Marquez')]),
])

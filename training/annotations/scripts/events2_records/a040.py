from tool import *
DT=A('Donald Trump'); T=A('Trump'); BB=A('Bloomberg')
append(40, [
 ('REJECT','Denies','Donald Trump Denies',[DT],[]),
 ('REJECT','discrediting','is discrediting an earlier report',[DT],[BB]),
 ('REJECT','was not asked','was not asked to speak',[A('@realDonaldTrump')],[]),
 ('ACCUSE','makes everything up','makes everything up',[A('@realDonaldTrump')],[A('The media')]),
 ('ACCUSE','backlash','sparked backlash from members',[A('members of the press')],[T]),
 ('REJECT','discrediting',"Trump’s tweet discrediting the report",[T],[BB]),
 ('ACCUSE','makes rape analogies','makes rape analogies',[A('Ben Jacobs')],[T]),
 ('ACCUSE','rape apologist','rape apologist',[A('The Daily Beast')],[T]),
 ('ACCUSE','accused','who has accused Bill Clinton',[T],[A('Bill Clinton')]),
 ('ACCUSE','may have convicted rapist','may have convicted rapist',[A('Gideon Resnick')],[T]),
 ('ACCUSE','No problem!','No problem!',[A('Twitchy Team')],[A('Team Trump')]),
])

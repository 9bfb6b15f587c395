from tool import *
TC=A('Ted Cruz'); C=A('Mr. Cruz'); R=A('Mr. Rubio')
append(37, [
 ('ACCUSE','Conflates','NYTimes Casually Conflates',[A('NYTimes')],[TC]),
 ('ACCUSE','conflated','Flegenheimer conflated',[A('Matt Flegenheimer'),A('New York Times')],[TC]),
 ('ACCUSE','attacks','amid attacks from Senator Marco Rubio',[A('Marco Rubio')],[C]),
 ('ACCUSE','expressed amusement','He expressed amusement',[C],[R]),
 ('ACCUSE','suggested','who have suggested that Mr. Rubio',[A('some far-right commentators')],[R],'p'),
 ('REJECT','pledged to oppose','Mr. Cruz pledged to oppose',[C],[]),
 ('REJECT','toss the gauntlet','toss the gauntlet',[A('George Wallace')],[]),
 ('CONSULT','having a beer','having a beer with Wallace',[A('Bill Clinton')],[A('Wallace'),A('George HW Bush')]),
 ('SUPPORT','condolences','offer our condolences',[A('President Clinton'),A('Hillary')],[A('the family and friends of George Wallace')]),
 ('SUPPORT','endorse','expected to endorse',[A('The New York Times')],[A('the Democratic candidate')],'h'),
])

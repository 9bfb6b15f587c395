from tool import *
AC=A('Amanda Carpenter'); MW=A('Matt Walsh'); AP=A('Alicia Powe'); PH=A('Patrick Howley')
append(118, [
 ('SANCTION','Blacklisted','Establishment Has Blacklisted',[A('The Establishment')],[A('The Conservatives')]),
 ('REQUEST','suggested','a number of writers suggested',[A('a number of writers')],[]),
 ('REQUEST','cheer on the idea','to cheer on the idea',[AC],[]),
 ('SANCTION','listed','She later listed',[A('Amanda Carpenter')],[A('more than 60 names of conservatives')]),
 ('ACCUSE','traitors','identify the traitors',[MW],[A('conservatives supporting Trump')]),
 ('SANCTION','listed','Those listed by Walsh',[A('Walsh')],[A('Sean Hannity'),A('Ann Coulter'),A('Chris Christie'),A('Ben Carson'),A('Jeff Sessions')]),
 ('ACCUSE','frauds and false teachers','these frauds and false teachers',[A('Matt Walsh')],[]),
 ('ACCUSE','sophomoric','This is sophomoric',[AP],[]),
 ('ACCUSE','establishment’s leadership','Under the establishment’s leadership',[AP],[A('the establishment')]),
 ('ACCUSE','the best they can do','is this the best they can do',[A('Alicia Powe')],[A('the blacklisters')]),
 ('ACCUSE','disgraceful','especially disgraceful',[A('Alicia Powe')],[A('conservatives')]),
 ('ACCUSE','sold out','who sold out the movement',[PH],[A('conservatives who sold out the movement')]),
 ('ACCUSE','wrecked','those who wrecked the New American Century',[A('Patrick Howley')],[A('those who wrecked the New American Century')]),
 ('ACCUSE','throw out the will of the people','throw out the will of the people',[A('Patrick Howley')],[A('those currently trying to broker the convention')]),
])

from tool import *
TC=A('Ted Cruz'); C=A('Cruz'); LG=A('Lindsey Graham'); G=A('Graham')
append(112, [
 ('REJECT','Refuses','Ted Cruz Refuses to Disavow',[TC],[]),
 ('SUPPORT','Endorsement','Lindsey Graham Endorsement',[LG],[TC]),
 ('REJECT','refuses','Sen. Ted Cruz refuses to disavow',[TC],[]),
 ('SUPPORT','endorsement','the endorsement of Sen. Lindsey Graham',[LG],[TC]),
 ('SUPPORT','in support of Cruz','come out in support of Cruz',[G],[C]),
 ('SUPPORT','help Ted','I’m going to help Ted',[G],[A('Ted Cruz')]),
 ('SUPPORT','endorsed','had previously endorsed Jeb Bush',[G],[A('Jeb Bush')]),
 ('ACCUSE','treason','That’s treason',[A('Dan Golvach')],[LG]),
 ('ASSAULT','target practice','for target practice',[A('an illegal alien')],[A('my son')],'p'),
 ('REQUEST','urging','wrote an op-ed urging Congress',[TC],[A('Congress')]),
 ('SUPPORT','endorsement','energetic endorsement of Cruz',[G],[C]),
 ('REJECT','refusal','Cruz’s refusal to disavow',[C],[]),
 ('ACCUSE','attacked','Sen. Graham has attacked GOP voters',[G],[A('GOP voters, lawmakers, and thinkers')]),
 ('ACCUSE','“bigots”','tell the “bigots”',[G],[A('“bigots” who oppose amnesty')]),
 ('SUPPORT','than','I want to than Sen. John McCain',[G],[A('John McCain')]),
 ('SUPPORT','thank Ted Kennedy','I want to thank Ted Kennedy',[G],[A('Ted Kennedy')]),
 ('ACCUSE','bigots','tell the bigots to shut up',[G],[A('the bigots')]),
 ('REJECT','refused to answer','the campaign refused to answer',[A("Cruz’s campaign")],[A('Breitbart News')]),
 ('ACCUSE','puts Americans at risk','puts Americans at risk',[A('Dan Golvach')],[A('Lindsey Graham')]),
])

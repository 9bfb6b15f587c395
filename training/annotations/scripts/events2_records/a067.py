from tool import *
JS=A('Jill Stein'); S=A('Stein'); DNC=A('Democratic National Committee')
append(67, [
 ('THREATEN','threaten','supporters threaten',[A('Some miffed Sanders supporters')],[A('Clinton')]),
 ('PROTEST','marched','demonstrators marched',[A('Hundreds of pro-Sanders demonstrators')],[]),
 ('ACCUSE','accused','accused the Democratic National',[S],[DNC]),
 ('ACCUSE','suggested raising questions','suggested raising questions',[A('One official')],[A('Sanders')],'h'),
 ('RETREAT','resignation','announce her resignation',[A('Debbie Wasserman Schultz')],[]),
 ('ACCUSE','corruption','the corruption, the backstabbing',[S],[]),
 ('CONCEDE','apologized','and have apologized',[A('DNC')],[A('Bernie')]),
 ('ACCUSE','sabotaged','They sabotaged',[S],[A('DNC')]),
 ('PROTEST','protest','to protest this week',[A('many diehard Sanders supporters')],[]),
 ('THREATEN',"they'll shift their support","they'll shift their support",[A('many diehard Sanders supporters')],[A('Sanders')]),
 ('SUPPORT','endorsement','the endorsement he gave Clinton',[A('Sanders')],[A('Clinton')]),
 ('REQUEST','reiterated','Sanders again reiterated',[A('Sanders')],[A('the party')]),
 ('ACCUSE','blasted','who he blasted',[A('Sanders')],[A('Donald Trump')]),
 ('PROTEST','express their frustration','to express their frustration',[A('thousands of self-described "Berners"')],[A('the Democratic Party')]),
])

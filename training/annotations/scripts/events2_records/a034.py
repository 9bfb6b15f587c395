from tool import *
R=A('Romney'); T=A('Trump')
append(34, [
 ('REJECT','Will Not Be Present','Romney Will Not Be Present',[R],[T]),
 ('ACCUSE','denouncing','speech denouncing',[A('Mitt Romney')],[A('Donald Trump')]),
 ('REJECT','will not be present','will not be present to see',[A('Mitt Romney')],[T]),
 ('REJECT','no plans to attend','has no plans to attend',[A('Governor Romney')],[]),
 ('REJECT','absence','The absence of the 2012',[A('the 2012 GOP nominee')],[]),
 ('REJECT','absence','previously announced absence',[A('John McCain')],[]),
 ('ACCUSE','attacked','Trump attacked Romney',[T],[R]),
 ('ACCUSE','attacking','attacking Trump for',[R],[T]),
 ('ACCUSE','criticism','given his criticism of Romney',[T],[R]),
 ('SUPPORT','Trump wins','Trump wins',[A('Romney')],[T]),
 ('REQUEST','urged','Some have urged Republicans',[A('Some')],[A('Republicans')]),
 ('SUPPORT','backer','a former backer of Sen. Ted Cruz',[A('Phil Bryant')],[A('Ted Cruz')]),
 ('REQUEST','called on','has since called on Republicans',[A('Phil Bryant')],[A('Republicans')]),
])

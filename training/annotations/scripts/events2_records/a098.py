from tool import *
O=A('Obama'); BO=A('Barack Obama'); R=A('Republicans')
append(98, [
 ('ACCUSE','slams','Obama slams GOP',[O],[A('GOP')]),
 ('ACCUSE','rail against','rail against his GOP would-be successors',[O],[A('his GOP would-be successors')]),
 ('ACCUSE','doom-and-despair tour','doom-and-despair tour',[O],[A('Republican')]),
 ('ACCUSE','wouldn’t know','something you wouldn’t know',[O],[A('Donald Trump'),A('his GOP rivals')]),
 ('ACCUSE','running down the economy','Those who are running down the economy',[O],[]),
 ('ACCUSE','just not true','that is just not true',[O],[A('Republicans')]),
 ('REQUEST','challenging','challenging Republicans to prove',[O],[R]),
 ('ACCUSE','complained','has often complained',[O],[]),
 ('ACCUSE','derided','much derided at the time',[],[O]),
 ('ACCUSE','accused','accused Obama of bungling',[A('Mitt Romney')],[O]),
 ('ACCUSE','call out','forcefully call out Trump',[O],[A('Trump'),A('the rest of the GOP field')]),
 ('ACCUSE','peddling fiction','is peddling fiction',[O],[A('Anyone claiming')]),
 ('ACCUSE','calling out','still calling out the Republicans',[O],[R]),
])

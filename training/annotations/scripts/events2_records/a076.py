from tool import *
CN=A('China','CHN'); T=A('Trump'); GT=A('Global Times','CHN'); AJ=A('Ai Jun','CHN')
append(76, [
 ('SUPPORT','positive comments','surprisingly positive comments',[A('Chinese social media','CHN')],[A('Donald Trump')],'p'),
 ('ACCUSE','accuses','he also accuses it',[A('Donald Trump')],[CN]),
 ('THREATEN','promises','He promises to immediately declare',[A('Donald Trump')],[CN]),
 ('ACCUSE','rails against','He rails against',[A('Donald Trump')],[CN]),
 ('ACCUSE','far from heartwarming','far from heartwarming',[AJ,GT],[T]),
 ('ACCUSE','arrogant, hawkish','an arrogant, hawkish candidate',[AJ],[T]),
 ('ACCUSE','betraying','deeds betraying their words',[AJ],[A('U.S. politicians')]),
 ('SUPPORT','better president','He would be a better president',[A('one user','CHN')],[T],'p'),
 ('ACCUSE','less welcomed','She seems to be less welcomed',[GT],[A('Clinton')]),
 ('ACCUSE','accusations','incessant accusations',[A('Clinton')],[A('China','CHN')]),
])

from tool import *
JS=A('Jeff Sessions'); S=A('Sessions'); T=A('Trump'); DT=A('Donald Trump'); IT=A('Ian Tuttle'); Tu=A('Tuttle'); CC=A('Chris Christie')
append(69, [
 ('SUPPORT','Endorsed','Senator Endorsed Trump',[A('This Big-Name Senator')],[T]),
 ('ACCUSE','Did Something SICK','Did Something SICK',[A('The Establishment')],[]),
 ('SUPPORT','endorsing','on the record endorsing',[JS],[DT]),
 ('SUPPORT','pledged his support','officially pledged his support',[S],[A('the Trump campaign')]),
 ('ACCUSE','accuses','accuses Trump of exploiting',[IT,A('National Review')],[T]),
 ('ACCUSE','asserts','Tuttle also asserts',[Tu],[A('Republicans')]),
 ('SUPPORT','endorse','recently endorse Trump',[S],[T]),
 ('SUPPORT','would support','he would support the Trump campaign',[CC],[A('the Trump campaign')]),
 ('ACCUSE','attacked','article also attacked Christie',[Tu],[A('Christie')]),
 ('SUPPORT','endorsing','of endorsing Trump in an attempt',[A('Christie')],[T]),
 ('ACCUSE','calls','He calls Christie’s endorsement',[Tu],[A('Christie')]),
 ('ACCUSE','pimps and prostitutes','There are pimps and prostitutes',[Tu],[]),
 ('ACCUSE','Speaking of prostitutes','Speaking of prostitutes',[Tu],[JS]),
 ('SUPPORT','endorsements','the endorsements from Christie and Sessions',[A('Christie'),A('Sessions')],[A('Trump')]),
 ('SUPPORT','endorsement','Session’s endorsement of Trump',[S],[T]),
 ('SUPPORT','endorsing','said when endorsing Trump',[S],[T]),
])

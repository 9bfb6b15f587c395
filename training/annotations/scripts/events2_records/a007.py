from tool import *
KK=A('Khizr Khan'); T=A('Trump')
append(7, [
 ('ACCUSE','stirs','Trump stirs',[A('Khans')],[T]),
 ('ACCUSE','speak out','compelled to speak out',[A('Khizr and Ghazala Khan')],[A('Donald Trump')]),
 ('ACCUSE','encouraged','has been encouraged by this political rhetoric',[KK],[]),
 ('ACCUSE','bear some of the responsibility','bear some of the responsibility',[KK],[T]),
 ('REQUEST','call','Trump\'s call to ban',[T],[]),
 ('SANCTION','ban','call to ban all Muslim',[T],[A('Muslim immigrants',None)],'h'),
 ('CONCEDE','modified','has since modified',[A('the Republican nominee')],[]),
 ('ACCUSE','statements against','provocative statements against Mexicans',[T],[A('Mexicans','MEX')]),
 ('ACCUSE','ugliness','to show their ugliness',[KK],[]),
 ('ACCUSE','defiantly offered','defiantly offered to loan',[KK],[T]),
 ('ACCUSE','complained','Trump complained Khizr Khan',[T],[KK]),
 ('ACCUSE','questioned','questioned why Ghazala',[T],[A('Ghazala Khan')]),
 ('ACCUSE','rebuked','implicitly rebuked Trump',[A('Republican leaders')],[T]),
 ('SUPPORT','expressing sympathy','publicly expressing sympathy',[A('Republican leaders')],[A('Khans')]),
 ('SUPPORT','called','who called their son',[A('Mike Pence')],[A('Humayun Khan')]),
 ('ACCUSE','accuse','negative ones that accuse them',[A('letter writers')],[A('Khans')],'p'),
 ('ACCUSE','disrespect','watching the disrespect of Donald Trump',[KK],[A('Donald Trump')]),
])

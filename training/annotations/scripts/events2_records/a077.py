from tool import *
BS=A('Bernie Sanders'); HC=A('Hillary Clinton'); S=A('Sanders'); C=A('Clinton')
append(77, [
 ('ACCUSE','exchange shots','Sanders, Clinton exchange shots',[S,C],[C,S]),
 ('ACCUSE','attacks','repeated the attacks',[BS,HC],[HC,BS]),
 ('ACCUSE','questioned','he questioned her judgment',[S],[C]),
 ('ACCUSE','suggested','having suggested in a recent speech',[S],[C]),
 ('REJECT','fired back','Clinton fired back',[C],[S]),
 ('ACCUSE','criticized','widely criticized April 1',[],[S]),
 ('ACCUSE','raised questions','raised questions about his judgment',[A('Clinton')],[S]),
 ('ACCUSE','accused','When Sanders accused Clinton',[S],[C]),
 ('REJECT','stood up against','I stood up against',[A('Clinton')],[S]),
 ('ACCUSE','shot back','Sanders shot back',[S],[A('Secretary Clinton')]),
 ('ACCUSE','called them out','Secretary Clinton called them out',[A('Secretary Clinton')],[A('the banks')]),
 ('ACCUSE','failure to release',"Sanders' failure to release",[C],[S]),
 ('AGREE','would release','he would release his 2014 return',[S],[]),
 ('ACCUSE','attacks on Obama','amounted to attacks on Obama',[C],[S]),
 ('ACCUSE','charge',"Sanders' charge that she",[S],[A('Clinton')]),
 ('REJECT','had made progress','had made progress',[A('Clinton')],[S]),
 ('SUPPORT','incredible job','has done an incredible job',[A('Clinton')],[A('the president')]),
 ('CONSULT','meet','not expected to meet Pope Francis',[S],[A('Pope Francis',None)],'nh'),
])

from tool import *
CC=A('Chris Collins'); MB=A('Morton Blackwell')
append(48, [
 ('CONSULT','meeting','after meeting Thursday with Trump aides',[A('Chris Collins')],[A('Trump aides')]),
 ('ACCUSE','determined to block','determined to block',[A('Chris Collins')],[A('Republican party leaders')]),
 ('ACCUSE','steal','overtime to steal',[CC],[A('the establishment'),A('Ted Cruz')]),
 ('ACCUSE','desperate','they’ve been desperate',[MB],[A('Republican elders')]),
 ('SUPPORT','backs','who backs Cruz',[A('The influential delegate and conservative activist')],[A('Cruz')]),
 ('THREATEN','warned','warned of a “ferocious”',[A('The influential delegate and conservative activist')],[A('the Republican establishment')]),
 ('ACCUSE','blasted','Trump has blasted',[A('Trump')],[]),
 ('ACCUSE','rigged','a rigged, disgusting',[A('Trump')],[]),
])

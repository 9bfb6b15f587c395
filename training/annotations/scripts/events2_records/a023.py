from tool import *
CC=A('Chris Christie'); Ch=A('Christie'); HC=A('Hillary Clinton')
append(23, [
 ('SUPPORT','doubles down','Christie doubles down',[Ch],[A('Trump')]),
 ('SUPPORT','defended','on Sunday defended',[CC],[A('Donald Trump')]),
 ('ACCUSE','positions','because of the positions that Hillary Clinton',[Ch],[HC]),
 ('ASSAULT','slaying','because of the slaying in Chicago',[],[A('the cousin of NBA star Dwyane Wade')],'p'),
 ('ACCUSE','calling',"Trump's calling Hillary Clinton",[A('Trump')],[HC]),
 ('ACCUSE','blamed','Christie blamed Clinton',[Ch],[A('Clinton')]),
 ('ACCUSE','started','the person who started',[Ch],[A('Clinton')]),
 ('ACCUSE','ashamed','She should be ashamed',[Ch],[A('Clinton')]),
 ('REJECT','bristled','Christie bristled',[Ch],[]),
])

from tool import *
T=A('Trump'); DT=A('Donald Trump'); HC=A('Hillary Clinton')
append(31, [
 ('THREATEN','hints','Trump hints',[T],[]),
 ('ACCUSE','Says','Says Clinton would stack',[T],[A('Clinton')]),
 ('THREATEN','imply','seemed to imply',[DT],[HC]),
 ('ACCUSE','warned','warned that Clinton opposes',[T],[A('Clinton')]),
 ('REJECT','refused','Republicans have refused to vote',[A('Republicans')],[A('President Obama')]),
 ('THREATEN','maybe there is','maybe there is',[T],[A('Hillary Clinton')]),
 ('REJECT','issued a statement','issued a statement saying that Trump meant',[A('the Trump campaign')],[]),
 ('SUPPORT','endorsed','which has endorsed Trump',[A('The National Rifle Association')],[T]),
 ('ACCUSE','accused','quickly accused Trump',[A('Democrats'),A('Clinton')],[T]),
 ('ACCUSE','dangerous','is dangerous',[A('Robby Mook')],[T]),
 ('ACCUSE','jumped on','immediately jumped on the comments',[A('Progressive super PACs')],[T]),
 ('ACCUSE','no place','has absolutely no place',[A('Jessica Mackler'),A('American Bridge')],[T]),
 ('THREATEN','"day of reckoning."','"day of reckoning."',[A('Jessica Mackler')],[A('Republican leaders')]),
 ('ACCUSE','"THIS IS NOT OK."','"THIS IS NOT OK."',[A('Priorities USA')],[T]),
])

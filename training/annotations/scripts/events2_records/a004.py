from tool import *
SN=A('Snowden'); WL=A('WikiLeaks',None)
append(4, [
 ('ACCUSE','clash','WikiLeaks clash',[SN,WL],[WL,SN]),
 ('ACCUSE','critical','NSA leaker critical',[A('NSA leaker')],[WL]),
 ('ACCUSE','clashed','leaks clashed over',[A('Two of the biggest names in government data leaks',None)],[]),
 ('ACCUSE','tweeted','Edward Snowden tweeted',[A('Edward Snowden')],[WL]),
 ('ACCUSE','criticism','happy about the criticism',[SN],[WL]),
 ('ACCUSE','accusing','back by accusing him',[WL],[SN]),
 ('ACCUSE','expose','to expose National Security',[SN,A('The Washington Post')],[A('National Security Agency')]),
 ('ACCUSE','criticized','also criticized the organization',[A('Zeynep Tufekci')],[WL]),
 ('ACCUSE','investigation','subject of a U.S. investigation',[A('U.S.')],[A('Julian Assange',None)]),
 ('ACCUSE','charged','Assange was not charged',[],[A('Assange',None)],'n'),
 ('ACCUSE','accused','he has accused Clinton',[A('Assange',None)],[A('Clinton')]),
 ('ACCUSE','alleged','have alleged that the Russian',[A('The Clinton campaign'),A('cybersecurity experts',None)],[A('Russian government','RUS')]),
 ('AID','granted temporary asylum','granted temporary asylum',[A('Russia','RUS')],[SN]),
 ('REQUEST','urged','publicly urged Russian hackers',[A('Donald Trump')],[A('Russian hackers','RUS')]),
 ('REJECT','defended','Trump later defended',[A('Trump')],[]),
])

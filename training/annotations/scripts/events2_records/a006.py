from tool import *
CHN=A('China','CHN'); TS=[A('Trump'),A('Sanders')]
append(6, [
 ('ACCUSE','blame','often blame China',TS,[CHN]),
 ('RETREAT','dropped tariffs','the U.S. dropped tariffs',[A('U.S.')],[CHN]),
 ('ACCUSE','blame','may blame trade deals',TS,[]),
 ('REQUEST','seeking congressional approval','is seeking congressional approval',[A('President Obama')],[A('Congress')]),
 ('REQUEST','proposed','Obama has proposed many ways',[A('Obama')],[]),
 ('SANCTION','slapped','administration slapped a 35% duty',[A('the administration')],[CHN]),
 ('SANCTION','tariff','new 266% tariff',[A('Commerce Department')],[CHN]),
 ('ACCUSE','complaint','A complaint made a year ago',[A('U.S.')],[CHN]),
 ('CONCEDE','stop subsidizing','forced China to stop subsidizing',[CHN],[]),
 ('SUPPORT','was for','Clinton was for the TPP',[A('Clinton')],[]),
 ('REJECT','was against','she was against it',[A('Clinton')],[]),
 ('ACCUSE','called','who has called the 12-nation',[A('Trump')],[]),
 ('ACCUSE','says','Sanders, who says',[A('Sanders')],[]),
 ('REQUEST','proposed','She has proposed appointing',[A('Clinton')],[]),
 ('REQUEST','called for','and called for tripling',[A('Clinton')],[]),
 ('SANCTION','use tariffs','use tariffs to deter',[A('Clinton')],[CHN],'h'),
 ('REQUEST','tax proposal','is a tax proposal',[A('Clinton')],[]),
])

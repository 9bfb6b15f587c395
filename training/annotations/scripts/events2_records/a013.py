from tool import *
T=A('Trump'); Cr=A('Cruz'); FN=A('Fox News')
append(13, [
 ('ACCUSE','derides','Absent Trump derides',[T],[FN]),
 ('ACCUSE','attacks','Cruz fields most attacks',[A('rivals')],[Cr]),
 ('ACCUSE','angry at','angry at how Fox News',[T],[FN]),
 ('REJECT','boycott','stood by his plan to boycott',[T],[FN]),
 ('ACCUSE','attacks','fielding the most incoming attacks',[A('his rivals for the GOP nomination')],[A('Ted Cruz')]),
 ('ACCUSE','accused','he accused the debate moderators',[Cr],[A('the debate moderators')]),
 ('ACCUSE','attack','Those most willing to attack him',[A('Marco Rubio'),A('Rand Paul')],[Cr]),
 ('ACCUSE','lie','This is the lie',[A('Rubio')],[A('Ted')]),
 ('ACCUSE','say or do anything','say or do anything to get votes',[A('Rubio')],[Cr]),
 ('ACCUSE','kept his promise','only he kept his promise',[Cr],[A('Rubio')]),
 ('REJECT','boycott','The boycott subsumed',[T],[FN]),
 ('ACCUSE','criticize','to criticize the media',[A('Carly Fiorina'),A('Mike Huckabee'),A('Rick Santorum'),A('Jim Gilmore')],[A('the media')]),
 ('ACCUSE','manipulating','"manipulating and shaping',[A('Gilmore')],[A('The media')]),
 ('ACCUSE','claims','who he claims has been unfair',[T],[A('Megyn Kelly')]),
 ('REQUEST','challenged','challenged Trump to a one-on-one',[Cr],[T]),
 ('REQUEST','owes it','"owes it to the men',[Cr],[A('any candidate who wants to win Iowa')]),
])

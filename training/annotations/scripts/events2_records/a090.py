from tool import *
IS=A('ISIS',None); HM=A('The Holocaust Memorial Museum')
append(90, [
 ('ACCUSE',"never seen anything like ISIS","I've never seen anything like ISIS",[A('Marvin Hier')],[IS]),
 ('ACCUSE','charging','report this month charging',[HM],[A('the Islamic State',None)]),
 ('ACCUSE','statement of concern','issued a statement of concern',[A('the Holocaust Museum')],[]),
 ('REQUEST','urged','the statement urged Americans',[A('the Holocaust Museum')],[A('Americans and their leaders')]),
 ('REQUEST','declared','Trump had declared',[A('Donald J. Trump')],[]),
 ('COERCE','implement','''would certainly implement''',[A('Donald J. Trump')],[A('Muslims in the United States')],'h'),
 ('ACCUSE','comparisons','a fresh round of comparisons',[],[A('Donald J. Trump')]),
 ('ACCUSE','posted historical reminders','people posted historical reminders',[A('people')],[],'p'),
 ('ACCUSE','occupation','more an occupation',[A('Monica Crowley')],[]),
])

from tool import *
FBI=A('FBI'); C=A('James Comey')
append(32, [
 ('ACCUSE','referencing',"referencing the feds'",[A('Thomas Krebs')],[A('FBI')]),
 ('ACCUSE','laid out','he laid out an extended record',[C],[A('Hillary Clinton')]),
 ('ACCUSE','recommend prosecuting',"wouldn't recommend prosecuting",[C],[A('Hillary Clinton')],'n'),
 ('ACCUSE','interviewed','The FBI had interviewed',[FBI],[A('Tamerlan Tsarnaev')]),
 ('COOPERATE','warned','being warned by the Russian government',[A('Russian government','RUS')],[FBI]),
 ('ACCUSE','investigated','The FBI also investigated',[FBI],[A('Nidal Hasan'),A('Carlos Bledsoe')]),
 ('ASSAULT','mass killings','prevent mass killings',[A('Nidal Hasan'),A('Carlos Bledsoe')],[]),
 ('CONCEDE','"mistake"','made a "mistake"',[C],[]),
 ('ACCUSE','called','officials called a hate crime',[A('officials')],[A('Dylann Roof')]),
 ('CONCEDE','error on our part','an error on our part',[A('Comey')],[]),
 ('ASSAULT','slaughter','used to slaughter',[A('Dylann Roof')],[A('these good people')],'p'),
 ('ASSAULT','kill','manage to kill 49 people',[A('Omar Mateen')],[A('49 people')]),
 ('REQUEST','asked','the bureau asked Florida agencies',[A('the bureau')],[A('Florida agencies')]),
 ('COERCE','targeting','complicit in targeting',[A('The IRS')],[A('Tea Party groups')]),
])

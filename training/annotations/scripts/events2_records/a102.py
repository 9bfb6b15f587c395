from tool import *
SC=A('House Select Committee on Benghazi'); TG=A('Trey Gowdy'); HC=A('Hillary Clinton')
append(102, [
 ('REJECT','rebut','Democrats rebut claim',[A('Democrats')],[]),
 ('REJECT','disprove','in an effort to disprove',[A('Democrats on the House Select Committee on Benghazi')],[A('Republican')],'h'),
 ('ACCUSE','investigation','breakthroughs" in the investigation',[SC],[]),
 ('ACCUSE','public hearing','a public hearing with Democratic',[A('the panel')],[HC]),
 ('ACCUSE','charged','Critics charged',[A('Critics')],[A('the panel')]),
 ('ACCUSE','noted','Democratic aides noted',[A('Democratic aides')],[SC]),
 ('ACCUSE','wasteful scrutiny','repeated and wasteful scrutiny',[A('a spokesman for committee Democrats')],[SC]),
 ('ACCUSE','blasted','A Republican committee aide blasted',[A('A Republican committee aide')],[A('committee Democrats')]),
 ('ACCUSE','deceptive announcement','Their deceptive announcement',[A('the aide')],[A('committee Democrats')]),
 ('ACCUSE','bizarre','bizarre for Democrats',[A('the aide')],[A('Democrats')]),
 ('ACCUSE','witness interviews','75 witness interviews',[A('the committee')],[A('Susan Rice'),A('Ben Rhodes')]),
 ('ACCUSE','accusations of political bias','mired in accusations of political bias',[],[A('the GOP-led investigation')]),
 ('ACCUSE','attacked','Democrats regularly attacked Republicans',[A('Democrats')],[A('Republicans')]),
 ('ACCUSE','allegations','Democratic allegations of political bias',[A('Democratic')],[A('the panel')]),
 ('ACCUSE','sue','announced plans to sue the panel',[A('a former Republican committee staffer')],[A('the panel')],'h'),
 ('ACCUSE','claiming','claiming he was fired',[A('a former Republican committee staffer')],[A('the panel')]),
 ('ACCUSE','interviewed','the committee interviewed Huma Abedin',[A('the committee')],[A('Huma Abedin'),A('Cheryl Mills')]),
 ('ACCUSE','interviewed','investigators interviewed Rice',[A('investigators')],[A('Rice'),A('Rhodes'),A('Petraeus'),A('Panetta')]),
])
